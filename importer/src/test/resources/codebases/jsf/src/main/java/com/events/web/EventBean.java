package com.events.web;

import com.events.model.Event;
import com.events.service.EventService;
import java.util.List;
import javax.annotation.PostConstruct;
import javax.enterprise.context.RequestScoped;
import javax.inject.Inject;
import javax.inject.Named;

@Named
@RequestScoped
public class EventBean {

    @Inject
    private EventService service;

    private Event current = new Event();

    @PostConstruct
    public void init() {
    }

    public List<Event> getEvents() {
        return service.all();
    }

    public String save() {
        service.save(current);
        return "events?faces-redirect=true";
    }
}
