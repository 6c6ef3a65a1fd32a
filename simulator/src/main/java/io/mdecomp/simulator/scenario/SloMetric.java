package io.mdecomp.simulator.scenario;

/** What a service-level objective bounds. Latencies are of successful requests. */
public enum SloMetric {
    MEAN("mean", true),
    P50("p50", true),
    P90("p90", true),
    P99("p99", true),
    P999("p999", true),
    MAX("max", true),
    ERROR_RATE("errorRate", false),
    AVAILABILITY("availability", false);

    private final String key;
    private final boolean latency;

    SloMetric(String key, boolean latency) {
        this.key = key;
        this.latency = latency;
    }

    /** The scenario file's key: {@code p99}, {@code errorRate}. */
    public String key() {
        return key;
    }

    /** True for latency bounds (milliseconds, actual must be <= target). */
    public boolean isLatency() {
        return latency;
    }

    /** True when the actual value must be at least the target (availability). */
    public boolean isLowerBound() {
        return this == AVAILABILITY;
    }

    public static SloMetric fromKey(String key) {
        for (SloMetric metric : values()) {
            if (metric.key.equals(key)) {
                return metric;
            }
        }
        return null;
    }
}
