package org.bakery.order;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "cake_orders")
public class CakeOrder {

    @Id
    private Long id;
    private String status;

    public String getStatus() {
        return status;
    }
}
