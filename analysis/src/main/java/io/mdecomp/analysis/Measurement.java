package io.mdecomp.analysis;

import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import java.util.List;
import java.util.Objects;

/**
 * The graphs and metrics of a cut, without rules or recommendations: what comparing two cuts
 * (propose, diff) needs, at a fraction of a full analysis' cost.
 *
 * @param services    per-service metrics, sorted by name
 * @param metrics     system metrics
 * @param entityGraph the entity graph the metrics were computed on
 * @param serviceGraph the derived service dependencies
 */
public record Measurement(List<ServiceMetrics> services, SystemMetrics metrics, EntityGraph entityGraph,
                          ServiceGraph serviceGraph) {

    public Measurement {
        services = List.copyOf(services);
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(entityGraph, "entityGraph");
        Objects.requireNonNull(serviceGraph, "serviceGraph");
    }
}
