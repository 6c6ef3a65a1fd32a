package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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
 * @param links    the class components it calls or refers to (for a view: the classes that render
 *                 it or that it links to), sorted; a component that uses no entity is placed by
 *                 them, in both directions
 * @param pkg      a class's package (empty for the default package, tables and views); a class
 *                 that neither uses an entity nor is tied by links is placed with its package
 * @param location where it is declared
 */
public record Component(
        String name,
        ComponentKind kind,
        SortedMap<String, Integer> uses,
        Optional<String> service,
        SortedSet<String> links,
        Optional<String> pkg,
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
        links = Collections.unmodifiableSortedSet(new TreeSet<>(links));  // a null name throws
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(location, "location");
    }

    /** A component with no links and no package. */
    public Component(String name, ComponentKind kind, SortedMap<String, Integer> uses, Optional<String> service,
                     SourceLocation location) {
        this(name, kind, uses, service, new TreeSet<>(), Optional.empty(), location);
    }

    /** The sum of the weights of {@link #uses}. */
    public long totalUse() {
        return uses.values().stream().mapToLong(Integer::longValue).sum();
    }
}
