package io.mdecomp.simulator.compare;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** One route of the mix on both models: each {@link RouteMetric}'s difference, in the enum's order. */
public record RouteComparison(String route, SortedMap<RouteMetric, Difference> metrics) {

    public RouteComparison {
        Objects.requireNonNull(route, "route");
        metrics = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
    }

    static RouteComparison of(String route, Map<RouteMetric, Difference> metrics) {
        return new RouteComparison(route, new TreeMap<>(metrics));
    }
}
