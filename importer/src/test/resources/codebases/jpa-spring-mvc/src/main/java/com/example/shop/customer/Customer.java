package com.example.shop.customer;

import com.example.shop.common.BaseEntity;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "customer")
public class Customer extends BaseEntity {

    private String name;
    private String email;

    @Embedded
    private Address address;

    public String getName() {
        return name;
    }
}
