package com.acme.billing.model;

import java.math.BigDecimal;
import java.time.LocalDate;

public class Invoice {

    private long id;
    private Customer customer;
    private BigDecimal amount;
    private LocalDate issued;
}
