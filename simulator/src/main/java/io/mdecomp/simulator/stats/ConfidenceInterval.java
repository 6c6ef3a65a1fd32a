package io.mdecomp.simulator.stats;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A two-sided Student-t confidence interval for the mean of independent replications:
 * mean ± t(1 − α/2, n − 1) · s / √n. With one replication the half-width is 0 (unknown).
 *
 * @param mean      the mean of the replications
 * @param halfWidth the half-width at {@code level}
 * @param level     the confidence level, e.g. 0.95
 * @param n         the number of replications
 */
public record ConfidenceInterval(double mean, double halfWidth, double level, int n) {

    /** The interval at {@code level} over {@code values}. */
    public static ConfidenceInterval of(List<Double> values, double level) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray(), level);
    }

    /** The interval at {@code level} over {@code values}. */
    public static ConfidenceInterval of(double[] values, double level) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("a confidence interval needs at least one value");
        }
        Tally tally = new Tally();
        for (double value : values) {
            tally.add(value);
        }
        if (n < 2) {
            return new ConfidenceInterval(tally.mean(), 0, level, n);
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new ConfidenceInterval(tally.mean(), t * Math.sqrt(tally.variance() / n), level, n);
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }
}
