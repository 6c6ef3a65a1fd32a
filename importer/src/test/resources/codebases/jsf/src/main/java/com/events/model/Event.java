package com.events.model;

import java.time.LocalDate;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.OneToMany;

@Entity
public class Event {

    @Id
    private Long id;
    private String title;
    private LocalDate day;

    @OneToMany(mappedBy = "event", cascade = CascadeType.REMOVE)
    private List<Ticket> tickets;
}
