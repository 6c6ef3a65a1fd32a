package io.mdecomp.simulator.scenario;

import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.simulator.component.DiscoverySettings;
import io.mdecomp.simulator.component.GatewaySettings;
import java.util.Objects;
import java.util.Optional;

/**
 * What the services run on: the gateway, the registry, client-side balancing, the network and the
 * broker's consumers.
 *
 * @param gateway              gateway middleware, limits and workers
 * @param discovery            registry timing
 * @param loadBalancing        balancing strategy and outlier ejection
 * @param networkLatency       one-way latency of every hop; empty: zero
 * @param consumersPerInstance consumers each instance runs per subscribed topic, >= 1
 */
public record Infrastructure(GatewaySettings gateway, DiscoverySettings discovery, LoadBalancing loadBalancing,
                             Optional<Distribution> networkLatency, int consumersPerInstance) {

    /** A pure-delay gateway, an ideal registry, round-robin, no network latency, one consumer. */
    public static final Infrastructure IDEAL = new Infrastructure(GatewaySettings.NONE, DiscoverySettings.INSTANT,
            LoadBalancing.DEFAULT, Optional.empty(), 1);

    public Infrastructure {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(loadBalancing, "loadBalancing");
        Objects.requireNonNull(networkLatency, "networkLatency");
        if (consumersPerInstance < 1) {
            throw new IllegalArgumentException("consumersPerInstance must be >= 1, got " + consumersPerInstance);
        }
    }
}
