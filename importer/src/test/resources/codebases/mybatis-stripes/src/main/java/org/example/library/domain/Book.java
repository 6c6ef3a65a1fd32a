package org.example.library.domain;

import java.io.Serializable;

public class Book implements Serializable {

    private static final long serialVersionUID = 1L;

    private int id;
    private String title;
    private Author author;
    private ShelfPosition position;

    public int getId() {
        return id;
    }

    public Author getAuthor() {
        return author;
    }
}
