package com.events.web;

import com.events.model.Ticket;
import com.events.service.EventService;
import javax.ejb.EJB;
import javax.faces.bean.ManagedBean;
import javax.faces.bean.SessionScoped;

@ManagedBean(name = "tickets")
@SessionScoped
public class TicketBean {

    @EJB
    private EventService service;

    private Ticket ticket = new Ticket();

    public String book() {
        service.book(ticket);
        return "confirmation";
    }
}
