package com.events.service;

import com.events.model.Event;
import com.events.model.Ticket;
import java.util.List;
import javax.ejb.Stateless;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Stateless
public class EventService {

    @PersistenceContext
    private EntityManager em;

    public List<Event> all() {
        return em.createQuery("SELECT e FROM Event e", Event.class).getResultList();
    }

    public void save(Event event) {
        em.merge(event);
    }

    public void book(Ticket ticket) {
        em.persist(ticket);
    }
}
