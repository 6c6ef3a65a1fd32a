package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Objects;

/** A service consumes an event and handles it with one of its endpoints. */
public record Subscription(String event, String endpoint, SourceLocation location) {

    public Subscription {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(location, "location");
    }
}
