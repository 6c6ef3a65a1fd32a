package com.acme.billing.model;

public class Customer {

    private long id;
    private String name;
    private boolean active;
}
