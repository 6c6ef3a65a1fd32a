package io.mdecomp.simulator.component;

import io.mdecomp.model.distribution.Distribution;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The gateway's middleware and limits.
 *
 * @param latency        middleware latency per request (logging, routing); empty: none
 * @param authLatency    authentication latency, seconds
 * @param authReject     the share of requests authentication rejects (401), in [0, 1]
 * @param perRoute       token-bucket rate per route, per second
 * @param perClient      token-bucket rate per client id, per second
 * @param burstSeconds   bucket capacity as seconds of rate (at least one token)
 */
public record GatewaySettings(Optional<Distribution> latency, double authLatency, double authReject,
                              OptionalDouble perRoute, OptionalDouble perClient, double burstSeconds) {

    public static final GatewaySettings NONE = new GatewaySettings(Optional.empty(), 0, 0,
            OptionalDouble.empty(), OptionalDouble.empty(), 1);

    public GatewaySettings {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(perRoute, "perRoute");
        Objects.requireNonNull(perClient, "perClient");
        if (!(authReject >= 0 && authReject <= 1) || !(authLatency >= 0) || !(burstSeconds > 0)) {
            throw new IllegalArgumentException("invalid gateway settings");
        }
    }

    /** A bucket's capacity for {@code rate}: {@code burstSeconds × rate}, at least 1. */
    public double burst(double rate) {
        return Math.max(1, burstSeconds * rate);
    }
}
