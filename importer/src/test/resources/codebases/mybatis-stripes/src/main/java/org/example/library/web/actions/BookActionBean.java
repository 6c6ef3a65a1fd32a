package org.example.library.web.actions;

import java.util.List;
import net.sourceforge.stripes.action.DefaultHandler;
import net.sourceforge.stripes.action.ForwardResolution;
import net.sourceforge.stripes.action.RedirectResolution;
import net.sourceforge.stripes.action.Resolution;
import net.sourceforge.stripes.integration.spring.SpringBean;
import org.example.library.domain.Book;
import org.example.library.domain.Loan;
import org.example.library.service.LibraryService;

public class BookActionBean extends AbstractActionBean {

    private static final String VIEW_BOOK = "/WEB-INF/jsp/book/Book.jsp";
    private static final String SEARCH = "/WEB-INF/jsp/book/Search.jsp";

    @SpringBean
    private transient LibraryService library;

    private int bookId;
    private Book book;
    private List<Book> found;

    @DefaultHandler
    public Resolution viewBook() {
        book = library.book(bookId);
        return book == null ? new ForwardResolution(ERROR) : new ForwardResolution(VIEW_BOOK);
    }

    public Resolution search() {
        found = library.search("x");
        return new ForwardResolution(SEARCH);
    }

    public Resolution lend() {
        library.lend(new Loan());
        return new RedirectResolution(BookActionBean.class);
    }

    public Book getBook() {
        return book;
    }
}
