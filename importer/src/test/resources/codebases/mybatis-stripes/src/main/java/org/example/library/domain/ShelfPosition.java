package org.example.library.domain;

public class ShelfPosition {

    private String shelf;
    private int slot;
}
