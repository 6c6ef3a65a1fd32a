package com.events.model;

import javax.persistence.Entity;
import javax.persistence.Id;

@Entity
public class Venue {

    @Id
    private Long id;
    private String name;
}
