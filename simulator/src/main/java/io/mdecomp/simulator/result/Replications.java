package io.mdecomp.simulator.result;

import java.util.List;

/**
 * Student-t confidence intervals of headline numbers over {@code count} independent replications
 * (seeds derived from the scenario's seed).
 */
public record Replications(int count, double level, List<Estimate> estimates) {

    public Replications {
        estimates = List.copyOf(estimates);
    }

    /** One number's mean over the replications and its interval. */
    public record Estimate(String metric, double mean, double halfWidth, double lower, double upper) {
    }
}
