package io.mdecomp.simulator.result;

import io.mdecomp.simulator.stats.Unit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Student-t confidence intervals of headline numbers over {@code count} independent replications
 * (seeds derived from the scenario's seed).
 */
public record Replications(int count, double level, List<Estimate> estimates) {

    public Replications {
        estimates = List.copyOf(estimates);
    }

    /** The estimate of {@code metric} for {@code route} (empty for scenario and gateway metrics). */
    public Optional<Estimate> find(EstimateMetric metric, Optional<String> route) {
        return estimates.stream().filter(e -> e.metric() == metric && e.route().equals(route)).findFirst();
    }

    /**
     * One number's mean over the replications and its interval.
     *
     * @param metric what was measured
     * @param route  the route for route and saga metrics, empty otherwise
     */
    public record Estimate(EstimateMetric metric, Optional<String> route, double mean, double halfWidth,
                           double lower, double upper) {

        public Estimate {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(route, "route");
            boolean needsRoute = metric.scope() == EstimateMetric.Scope.ROUTE
                    || metric.scope() == EstimateMetric.Scope.SAGA;
            if (needsRoute != route.isPresent()) {
                throw new IllegalArgumentException(metric + (needsRoute ? " needs a route" : " takes no route"));
            }
        }

        public Unit unit() {
            return metric.unit();
        }
    }
}
