package org.example.library.domain;

public class Author {

    private int id;
    private String name;
}
