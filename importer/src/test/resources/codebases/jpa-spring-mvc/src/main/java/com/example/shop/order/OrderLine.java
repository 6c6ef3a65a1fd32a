package com.example.shop.order;

import com.example.shop.catalog.Product;
import com.example.shop.common.BaseEntity;
import javax.persistence.Entity;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "order_line")
public class OrderLine extends BaseEntity {

    private int quantity;

    @ManyToOne
    private Product product;

    public OrderLine(Product product, int quantity) {
        this.product = product;
        this.quantity = quantity;
    }
}
