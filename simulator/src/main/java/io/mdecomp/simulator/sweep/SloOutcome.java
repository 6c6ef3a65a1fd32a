package io.mdecomp.simulator.sweep;

import io.mdecomp.simulator.scenario.Slo;
import java.util.Objects;

/**
 * An objective at one point: its actual value over the replications, the one-sided confidence
 * bound the verdict reads (upper for latencies and error rates, lower for availability), in how
 * many runs it held on its own, and whether it holds at the sweep's confidence.
 */
public record SloOutcome(Slo slo, Estimate actual, double bound, int passedRuns, boolean passed) {

    public SloOutcome {
        Objects.requireNonNull(slo, "slo");
        Objects.requireNonNull(actual, "actual");
    }

    /** Actual over target for an upper bound, (1 − actual) over (1 − target) for availability. */
    public double ratio() {
        if (slo.metric().isLowerBound()) {
            double allowed = 1 - slo.target();
            return allowed <= 0 ? (actual.mean() >= 1 ? 0 : SweepAggregator.UNBOUNDED) : (1 - actual.mean()) / allowed;
        }
        return slo.target() <= 0 ? (actual.mean() <= 0 ? 0 : SweepAggregator.UNBOUNDED) : actual.mean() / slo.target();
    }
}
