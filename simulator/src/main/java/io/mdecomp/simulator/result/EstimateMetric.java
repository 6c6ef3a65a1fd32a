package io.mdecomp.simulator.result;

import io.mdecomp.simulator.stats.Unit;

/**
 * A number estimated over replications: what it measures, of what ({@link Scope}) and in which
 * unit. Its {@link #key()} is the name the JSON contract uses after the subject
 * ({@code POST /orders p99Ms}, {@code throughput}).
 */
public enum EstimateMetric {
    THROUGHPUT(Scope.SCENARIO, "throughput", Unit.PER_SECOND),
    ERROR_RATE(Scope.SCENARIO, "errorRate", Unit.FRACTION),
    LATENCY_MEAN(Scope.SCENARIO, "latencyMeanMs", Unit.MILLISECONDS),
    ROUTE_P99(Scope.ROUTE, "p99Ms", Unit.MILLISECONDS),
    ROUTE_MEAN(Scope.ROUTE, "meanMs", Unit.MILLISECONDS),
    SAGA_COMPENSATED(Scope.SAGA, "compensated", Unit.COUNT),
    SAGA_COMPENSATION_FAILED(Scope.SAGA, "compensationFailed", Unit.COUNT),
    SAGA_COMPENSATION_FAILURES(Scope.SAGA, "compensationFailures", Unit.COUNT),
    GATEWAY_UTILIZATION(Scope.GATEWAY, "utilization", Unit.FRACTION),
    GATEWAY_REJECTED(Scope.GATEWAY, "rejected", Unit.COUNT),
    /** An objective's share of replications in which it passed. */
    SLO_PASSED(Scope.SLO, "passed", Unit.FRACTION),
    /** A latency objective's actual value. */
    SLO_ACTUAL_MS(Scope.SLO, "actualMs", Unit.MILLISECONDS),
    /** A rate objective's actual value (error rate, availability). */
    SLO_ACTUAL(Scope.SLO, "actual", Unit.FRACTION);

    /**
     * What an estimate is about: the whole scenario, one route, one route's saga, the gateway, or
     * one objective (named as it is described, {@code POST /orders p99 <= 800ms}).
     */
    public enum Scope {
        SCENARIO, ROUTE, SAGA, GATEWAY, SLO
    }

    private final Scope scope;
    private final String key;
    private final Unit unit;

    EstimateMetric(Scope scope, String key, Unit unit) {
        this.scope = scope;
        this.key = key;
        this.unit = unit;
    }

    public Scope scope() {
        return scope;
    }

    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }
}
