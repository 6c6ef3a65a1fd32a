package com.example.shop.catalog;

import com.example.shop.common.BaseEntity;
import java.math.BigDecimal;
import javax.persistence.Entity;

@Entity
public class Product extends BaseEntity {

    private String title;
    private BigDecimal price;
}
