package org.bakery.catalog;

import javax.persistence.Entity;
import javax.persistence.Id;

@Entity
public class Cake {

    @Id
    private Long id;
    private String name;
    private long priceCents;

    public long getPriceCents() {
        return priceCents;
    }
}
