package org.example.library.domain;

import java.util.Date;

public class Loan {

    private int id;
    private Book book;
    private Date due;
}
