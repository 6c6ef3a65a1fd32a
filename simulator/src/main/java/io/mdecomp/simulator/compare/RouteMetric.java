package io.mdecomp.simulator.compare;

import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.stats.Unit;

/** What is compared on every route; for each a smaller value is better. */
public enum RouteMetric {
    MEAN_LATENCY("mean latency", "meanLatencyMs", Unit.MILLISECONDS),
    P99_LATENCY("p99 latency", "p99LatencyMs", Unit.MILLISECONDS),
    ERROR_RATE("error rate", "errorRate", Unit.FRACTION);

    private final String label;
    private final String key;
    private final Unit unit;

    RouteMetric(String label, String key, Unit unit) {
        this.label = label;
        this.key = key;
        this.unit = unit;
    }

    /** {@code p99 latency}, as reports print it. */
    public String label() {
        return label;
    }

    /** {@code p99LatencyMs}, the JSON name. */
    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    /** The value on {@code route}: latencies of successful requests, the error rate of answered ones. */
    double of(RouteResult route) {
        switch (this) {
            case MEAN_LATENCY: return route.latencyMs().mean();
            case P99_LATENCY: return route.latencyMs().p99();
            default: return route.errorRate();
        }
    }

    /** Whether {@code route} has a value: a success for latencies, an answered request for the error rate. */
    boolean defined(RouteResult route) {
        return this == ERROR_RATE ? route.ok() + route.failed() > 0 : route.ok() > 0;
    }
}
