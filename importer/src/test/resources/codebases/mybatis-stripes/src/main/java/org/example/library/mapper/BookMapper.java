package org.example.library.mapper;

import java.util.List;
import org.example.library.domain.Book;

public interface BookMapper {

    Book getBook(int id);

    List<Book> searchBooks(String keyword);

    void insertBook(Book book);
}
