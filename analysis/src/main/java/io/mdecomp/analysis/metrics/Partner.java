package io.mdecomp.analysis.metrics;

/** A service another service's entities are coupled to, with the entity-graph weight between them. */
public record Partner(String service, double weight) {
}
