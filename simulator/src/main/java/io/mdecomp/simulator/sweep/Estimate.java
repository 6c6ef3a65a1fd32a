package io.mdecomp.simulator.sweep;

import io.mdecomp.simulator.stats.ConfidenceInterval;

/**
 * A number estimated over a point's replications: the mean and the half-width of its two-sided
 * Student-t interval at the sweep's confidence (0 with one replication).
 */
public record Estimate(double mean, double halfWidth) {

    /** The estimate over {@code values} at two-sided {@code level}. */
    public static Estimate of(double[] values, double level) {
        ConfidenceInterval ci = ConfidenceInterval.of(values, level);
        return new Estimate(ci.mean(), ci.halfWidth());
    }
}
