package com.example.shop.order;

import com.example.shop.common.BaseEntity;
import com.example.shop.customer.Customer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Entity;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.Transient;

@Entity
@Table(name = "orders")
public class Order extends BaseEntity {

    private LocalDateTime placedAt;
    private OrderStatus status;

    @ManyToOne
    private Customer customer;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OrderLine> lines = new ArrayList<>();

    @Transient
    private String note;

    public void add(OrderLine line) {
        lines.add(line);
    }
}
