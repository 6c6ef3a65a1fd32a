package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A piece of the code base that a decomposition has to place: a class, a table or a view, with
 * the entities it touches. Written by {@code import java}, read by {@code propose} to place each
 * component with the service whose entities it uses most.
 *
 * @param name     a class's simple name, a table's name, or a view file's base name without
 *                 extension; unique per kind
 * @param kind     class, table or view
 * @param uses     entity name → how strongly the component touches it (a positive weight), sorted
 *                 by entity name; empty when it touches no entity
 * @param service  the current service the component is deployed in, if known
 * @param location where it is declared
 */
public record Component(
        String name,
        ComponentKind kind,
        SortedMap<String, Integer> uses,
        Optional<String> service,
        SourceLocation location) {

    public Component {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        for (Map.Entry<String, Integer> use : uses.entrySet()) {
            Objects.requireNonNull(use.getKey(), "uses key");
            if (use.getValue() == null || use.getValue() < 1) {
                throw new IllegalArgumentException("component '" + name + "' uses '" + use.getKey()
                        + "' with weight " + use.getValue() + "; weights are positive");
            }
        }
        uses = Collections.unmodifiableSortedMap(new TreeMap<>(uses));
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
    }

    /** The sum of the weights of {@link #uses}. */
    public long totalUse() {
        return uses.values().stream().mapToLong(Integer::longValue).sum();
    }
}
