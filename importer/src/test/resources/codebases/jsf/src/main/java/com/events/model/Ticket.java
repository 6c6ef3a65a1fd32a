package com.events.model;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.ManyToOne;

@Entity
public class Ticket {

    @Id
    private Long id;
    private String holder;

    @ManyToOne
    private Event event;
}
