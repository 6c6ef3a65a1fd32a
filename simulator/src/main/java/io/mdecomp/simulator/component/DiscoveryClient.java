package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Simulation;

/**
 * A caller's cached copy of the registry, refreshed from the server's response cache every
 * client cache TTL (with an ideal registry it reads the server directly).
 */
public final class DiscoveryClient {

    private final Simulation sim;
    private final Registry registry;
    private Instance[][] view;

    public DiscoveryClient(Simulation sim, Registry registry) {
        this.sim = sim;
        this.registry = registry;
        this.view = registry.cached();
    }

    /** Schedules the periodic refresh (after {@link Registry#start()}). */
    public void start() {
        if (registry.settings().enabled()) {
            sim.schedule(registry.settings().clientCacheTtl(), this::refreshEvent);
        }
    }

    private void refreshEvent() {
        view = registry.cached();
        sim.schedule(registry.settings().clientCacheTtl(), this::refreshEvent);
    }

    /** The instances of service {@code serviceIndex} this caller believes exist. */
    public Instance[] instances(int serviceIndex) {
        return registry.settings().enabled() ? view[serviceIndex] : registry.cached()[serviceIndex];
    }
}
