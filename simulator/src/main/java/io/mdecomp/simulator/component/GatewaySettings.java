package io.mdecomp.simulator.component;

import io.mdecomp.model.distribution.Distribution;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The gateway's middleware, limits and, optionally, its worker pool.
 *
 * @param latency        middleware latency per request (logging, routing); empty: none
 * @param authLatency    authentication latency, seconds
 * @param authReject     the share of requests authentication rejects (401), in [0, 1]
 * @param perRoute       token-bucket rate per route, per second
 * @param perClient      token-bucket rate per client id, per second
 * @param burstSeconds   bucket capacity as seconds of rate (at least one token)
 * @param workers        concurrent requests the gateway serves (thread per request); empty: a
 *                       pure delay with no limit
 * @param queue          requests that wait for a worker when all are busy (>= 0; only with workers)
 */
public record GatewaySettings(Optional<Distribution> latency, double authLatency, double authReject,
                              OptionalDouble perRoute, OptionalDouble perClient, double burstSeconds,
                              OptionalInt workers, int queue) {

    public static final GatewaySettings NONE = new GatewaySettings(Optional.empty(), 0, 0,
            OptionalDouble.empty(), OptionalDouble.empty(), 1);

    public GatewaySettings {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(perRoute, "perRoute");
        Objects.requireNonNull(perClient, "perClient");
        Objects.requireNonNull(workers, "workers");
        if (!(authReject >= 0 && authReject <= 1) || !(authLatency >= 0) || !(burstSeconds > 0)) {
            throw new IllegalArgumentException("invalid gateway settings");
        }
        if ((workers.isPresent() && workers.getAsInt() < 1) || queue < 0) {
            throw new IllegalArgumentException("gateway needs workers >= 1 and queue >= 0, got "
                    + workers + "/" + queue);
        }
    }

    /** Settings of a pure-delay gateway: no worker pool. */
    public GatewaySettings(Optional<Distribution> latency, double authLatency, double authReject,
                           OptionalDouble perRoute, OptionalDouble perClient, double burstSeconds) {
        this(latency, authLatency, authReject, perRoute, perClient, burstSeconds, OptionalInt.empty(), 0);
    }

    /** These settings with a pool of {@code newWorkers} workers and a waiting room of {@code newQueue}. */
    public GatewaySettings withWorkers(int newWorkers, int newQueue) {
        return new GatewaySettings(latency, authLatency, authReject, perRoute, perClient, burstSeconds,
                OptionalInt.of(newWorkers), newQueue);
    }

    /** A bucket's capacity for {@code rate}: {@code burstSeconds × rate}, at least 1. */
    public double burst(double rate) {
        return Math.max(1, burstSeconds * rate);
    }
}
