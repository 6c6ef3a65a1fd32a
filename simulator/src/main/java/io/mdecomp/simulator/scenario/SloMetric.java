package io.mdecomp.simulator.scenario;

import io.mdecomp.simulator.stats.Unit;

/** What a service-level objective bounds. Latencies are of successful requests. */
public enum SloMetric {
    MEAN("mean", Unit.MILLISECONDS),
    P50("p50", Unit.MILLISECONDS),
    P90("p90", Unit.MILLISECONDS),
    P99("p99", Unit.MILLISECONDS),
    P999("p999", Unit.MILLISECONDS),
    MAX("max", Unit.MILLISECONDS),
    ERROR_RATE("errorRate", Unit.FRACTION),
    AVAILABILITY("availability", Unit.FRACTION);

    private final String key;
    private final Unit unit;

    SloMetric(String key, Unit unit) {
        this.key = key;
        this.unit = unit;
    }

    /** The scenario file's key: {@code p99}, {@code errorRate}. */
    public String key() {
        return key;
    }

    /** Milliseconds for latencies, a fraction for error rate and availability. */
    public Unit unit() {
        return unit;
    }

    /** True for latency bounds (milliseconds, actual must be <= target). */
    public boolean isLatency() {
        return unit == Unit.MILLISECONDS;
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
