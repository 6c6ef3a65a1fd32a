package com.events.web;

import com.events.model.Venue;

public class VenueBean {

    private Venue venue = new Venue();

    public String open() {
        return "venue";
    }
}
