package io.mdecomp.simulator.stats;

/**
 * Count, mean and variance of observations, by Welford's update (numerically stable, O(1) memory).
 */
public final class Tally {

    private long count;
    private double mean;
    private double m2;

    public void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        m2 += delta * (value - mean);
    }

    public long count() {
        return count;
    }

    /** The sample mean; 0 when empty. */
    public double mean() {
        return mean;
    }

    /** The unbiased sample variance; 0 with fewer than two observations. */
    public double variance() {
        return count < 2 ? 0 : m2 / (count - 1);
    }
}
