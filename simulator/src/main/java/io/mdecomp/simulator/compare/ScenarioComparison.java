package io.mdecomp.simulator.compare;

import io.mdecomp.simulator.result.ScenarioResult;
import java.util.List;
import java.util.Objects;

/**
 * One scenario run on both models: per route of the mix and per objective the comparison, and
 * each model's first replication in full (for latency distributions and details).
 */
public record ScenarioComparison(String name, long seed, List<RouteComparison> routes, List<SloComparison> slos,
                                 ScenarioResult base, ScenarioResult head) {

    public ScenarioComparison {
        Objects.requireNonNull(name, "name");
        routes = List.copyOf(routes);
        slos = List.copyOf(slos);
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
    }

    /** True when an objective that holds on the base model fails on the head model. */
    public boolean regressed() {
        return slos.stream().anyMatch(SloComparison::regressed);
    }
}
