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

    /**
     * The estimates reports show with their intervals: all but the objectives' shares of passing
     * replications, whose interval (of a yes-or-no value) says little; {@link #verdict} gives them
     * as "passes in k of R".
     */
    public List<Estimate> shown() {
        return estimates.stream().filter(e -> e.metric() != EstimateMetric.SLO_PASSED).toList();
    }

    /** The estimate of {@code metric} for {@code route} (empty for scenario and gateway metrics). */
    public Optional<Estimate> find(EstimateMetric metric, Optional<String> route) {
        return estimates.stream().filter(e -> e.metric() == metric && e.route().equals(route)).findFirst();
    }

    /**
     * The verdict on {@code slo} over all replications: in how many it passed, and whether it
     * passes on the confidence bound, that is whether the whole interval of its actual value lies
     * on the passing side of the target (the upper bound for a latency or error rate, the lower for
     * availability). Empty when the replications did not estimate this objective.
     */
    public Optional<Verdict> verdict(SloResult slo) {
        Optional<String> subject = Optional.of(slo.describe());
        EstimateMetric actual = actualMetric(slo);
        Optional<Estimate> passed = find(EstimateMetric.SLO_PASSED, subject);
        Optional<Estimate> value = find(actual, subject);
        if (passed.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        Estimate v = value.get();
        boolean onBound = slo.slo().holds(v.lower()) && slo.slo().holds(v.upper());
        return Optional.of(new Verdict((int) Math.round(passed.get().mean() * count), count, v.lower(), v.upper(),
                onBound));
    }

    /** The metric under which the actual value of {@code slo} is estimated. */
    public static EstimateMetric actualMetric(SloResult slo) {
        return slo.unit() == Unit.MILLISECONDS ? EstimateMetric.SLO_ACTUAL_MS : EstimateMetric.SLO_ACTUAL;
    }

    /**
     * An objective over all replications.
     *
     * @param passed        the replications in which it passed
     * @param count         all replications
     * @param lower         the lower confidence bound of its actual value
     * @param upper         the upper confidence bound of its actual value
     * @param passedOnBound whether the whole interval lies on the passing side of the target
     */
    public record Verdict(int passed, int count, double lower, double upper, boolean passedOnBound) {
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
                    || metric.scope() == EstimateMetric.Scope.SAGA || metric.scope() == EstimateMetric.Scope.SLO;
            if (needsRoute != route.isPresent()) {
                throw new IllegalArgumentException(metric + (needsRoute ? " needs a route" : " takes no route"));
            }
        }

        public Unit unit() {
            return metric.unit();
        }
    }
}
