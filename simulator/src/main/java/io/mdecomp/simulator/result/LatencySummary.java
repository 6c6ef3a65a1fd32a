package io.mdecomp.simulator.result;

/** Latency of successful requests, in milliseconds. */
public record LatencySummary(double mean, double p50, double p90, double p99, double p999, double max) {

    /** No latency recorded: all zeros. */
    public static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0, 0);
}
