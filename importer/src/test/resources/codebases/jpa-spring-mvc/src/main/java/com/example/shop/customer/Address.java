package com.example.shop.customer;

import javax.persistence.Embeddable;

@Embeddable
public class Address {

    private String street;
    private String city;
}
