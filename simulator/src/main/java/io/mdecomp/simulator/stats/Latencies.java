package io.mdecomp.simulator.stats;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution in an auto-resizing HdrHistogram with microsecond resolution and three
 * significant digits (quantiles within 0.1%), plus the exact mean. Memory is bounded by the
 * histogram's buckets, not by the number of observations.
 */
public final class Latencies {

    private final Histogram histogram = new Histogram(3);
    private final Tally tally = new Tally();

    /** Records one latency in seconds. */
    public void record(double seconds) {
        long micros = Math.max(0L, Math.round(seconds * 1e6));
        histogram.recordValue(micros);
        tally.add(seconds);
    }

    public long count() {
        return tally.count();
    }

    public double meanMillis() {
        return tally.mean() * 1e3;
    }

    /** The {@code quantile} (0..1) in milliseconds; 0 when empty. */
    public double quantileMillis(double quantile) {
        if (tally.count() == 0) {
            return 0;
        }
        return histogram.getValueAtPercentile(quantile * 100) / 1e3;
    }

    public double maxMillis() {
        return tally.count() == 0 ? 0 : histogram.getMaxValue() / 1e3;
    }
}
