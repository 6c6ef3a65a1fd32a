package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Simulation;
import java.util.SplittableRandom;

/**
 * A caller's cached copy of the registry, refreshed from the server's response cache every
 * client cache TTL, and optionally Spring Cloud LoadBalancer's cache over that copy, refreshed
 * from it every load-balancer cache TTL (with an ideal registry it reads the server directly).
 * With aligned timers both refresh at the multiples of their TTLs; otherwise each caller's first
 * refreshes come after a uniform share of their TTLs, drawn from its own stream
 * {@code discovery client CALLER}.
 */
public final class DiscoveryClient {

    private final Simulation sim;
    private final Registry registry;
    private final String caller;
    private Instance[][] view;
    private Instance[][] balancerView;

    public DiscoveryClient(Simulation sim, Registry registry, String caller) {
        this.sim = sim;
        this.registry = registry;
        this.caller = caller;
        this.view = registry.cached();
        this.balancerView = view;
    }

    /** Schedules the periodic refreshes (after {@link Registry#start()}). */
    public void start() {
        DiscoverySettings settings = registry.settings();
        if (!settings.enabled()) {
            return;
        }
        SplittableRandom phases = settings.alignedTimers() ? null : sim.streams().stream("discovery client " + caller);
        sim.schedule(Registry.firstRun(settings.clientCacheTtl(), phases), this::refreshEvent);
        if (settings.loadBalancerCacheTtl() > 0) {
            sim.schedule(Registry.firstRun(settings.loadBalancerCacheTtl(), phases), this::balancerRefreshEvent);
        }
    }

    private void refreshEvent() {
        view = registry.cached();
        sim.schedule(registry.settings().clientCacheTtl(), this::refreshEvent);
    }

    private void balancerRefreshEvent() {
        balancerView = view;
        sim.schedule(registry.settings().loadBalancerCacheTtl(), this::balancerRefreshEvent);
    }

    /** The instances of service {@code serviceIndex} this caller believes exist. */
    public Instance[] instances(int serviceIndex) {
        DiscoverySettings settings = registry.settings();
        if (!settings.enabled()) {
            return registry.cached()[serviceIndex];
        }
        return settings.loadBalancerCacheTtl() > 0 ? balancerView[serviceIndex] : view[serviceIndex];
    }
}
