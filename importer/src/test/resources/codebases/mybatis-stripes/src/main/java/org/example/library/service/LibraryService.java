package org.example.library.service;

import java.util.List;
import org.example.library.domain.Book;
import org.example.library.domain.Loan;
import org.example.library.mapper.BookMapper;
import org.example.library.mapper.LoanMapper;

public class LibraryService {

    private final BookMapper books;
    private final LoanMapper loans;

    public LibraryService(BookMapper books, LoanMapper loans) {
        this.books = books;
        this.loans = loans;
    }

    public Book book(int id) {
        return books.getBook(id);
    }

    public List<Book> search(String keyword) {
        return books.searchBooks(keyword);
    }

    public void lend(Loan loan) {
        loans.insertLoan(loan);
    }
}
