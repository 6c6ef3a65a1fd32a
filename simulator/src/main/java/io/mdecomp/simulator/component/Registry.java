package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Eureka-like registry server. Instances register when they (re)start and renew their lease
 * every heartbeat while alive (renewals are computed, not simulated: an instance renews at its
 * phase plus multiples of the heartbeat, and its last renewal is the last of those before now or
 * before its death). A sweep every eviction interval removes the instances whose last renewal is
 * more than the lease expiry ago (the TTL, or twice it as Eureka really does). The response cache
 * clients read is a snapshot refreshed every server cache TTL. While stalled, neither sweeps nor
 * refreshes happen.
 *
 * <p>With aligned timers an instance's phase is its registration time and sweeps and refreshes
 * run at the multiples of their intervals; at equal times the sweep runs first, then the server
 * cache, then the clients, so a crashed instance disappears from a caller's view at the first
 * client refresh after the first server refresh after the first sweep more than the lease TTL
 * after its last renewal. Otherwise each instance present at the start has a phase drawn
 * uniformly within a heartbeat (it was started some time before), a restarted one renews from
 * its restart, and the sweep's and the cache's first runs come after a uniform share of their
 * interval, each from its own stream ({@code discovery heartbeat SERVICE}, {@code discovery
 * server}).
 */
public final class Registry {

    private final Simulation sim;
    private final DiscoverySettings settings;
    private final ServiceStation[] stations;
    private final List<List<Instance>> registered = new ArrayList<>();
    /** Per service index and instance index: the time from which it renews every heartbeat. */
    private final double[][] phases;
    private Instance[][] cache;
    private boolean stalled;

    public Registry(Simulation sim, DiscoverySettings settings, ServiceStation[] stations) {
        this.sim = sim;
        this.settings = settings;
        this.stations = stations.clone();
        this.cache = new Instance[stations.length][];
        this.phases = new double[stations.length][];
        for (ServiceStation station : stations) {
            registered.add(new ArrayList<>(List.of(station.instances())));
            station.onRestart(this::register);
            phases[station.index()] = new double[station.instanceCount()];
            if (settings.enabled() && !settings.alignedTimers()) {
                SplittableRandom heartbeats = sim.streams().stream("discovery heartbeat " + station.name());
                for (int i = 0; i < station.instanceCount(); i++) {
                    phases[station.index()][i] = heartbeats.nextDouble() * settings.heartbeat();
                }
            }
        }
        refreshCache();
    }

    public DiscoverySettings settings() {
        return settings;
    }

    /** Schedules the periodic sweep and cache refresh (call before the clients start). */
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        SplittableRandom server = settings.alignedTimers() ? null : sim.streams().stream("discovery server");
        sim.schedule(firstRun(settings.evictionInterval(), server), this::sweepEvent);
        sim.schedule(firstRun(settings.serverCacheTtl(), server), this::refreshEvent);
    }

    /**
     * When a timer of {@code interval} first runs: after the whole interval with aligned timers
     * ({@code phases} null), else after a uniform share of it in (0, interval].
     */
    static double firstRun(double interval, SplittableRandom phases) {
        return phases == null ? interval : (1 - phases.nextDouble()) * interval;
    }

    private void sweepEvent() {
        sweep();
        sim.schedule(settings.evictionInterval(), this::sweepEvent);
    }

    private void refreshEvent() {
        if (!stalled) {
            refreshCache();
        }
        sim.schedule(settings.serverCacheTtl(), this::refreshEvent);
    }

    /** Removes expired leases now (unless stalled). */
    void sweep() {
        if (stalled) {
            return;
        }
        double now = sim.now();
        for (List<Instance> list : registered) {
            list.removeIf(instance -> now - lastRenewal(instance, now) > settings.expiry());
        }
    }

    /** The time of {@code instance}'s last lease renewal at {@code now}. */
    public double lastRenewal(Instance instance, double now) {
        double until = instance.alive() ? now : instance.killedAt();
        double phase = phases[instance.station().index()][instance.index()];
        return phase + Math.floor((until - phase) / settings.heartbeat()) * settings.heartbeat();
    }

    void register(Instance instance) {
        phases[instance.station().index()][instance.index()] = instance.registeredAt();
        List<Instance> list = registered.get(instance.station().index());
        if (!list.contains(instance)) {
            list.add(instance);
            list.sort((a, b) -> Integer.compare(a.index(), b.index()));
        }
        if (!settings.enabled()) {
            refreshCache();
        }
    }

    /** Called when an instance dies: an ideal registry forgets it at once, Eureka does not. */
    public void died(Instance instance) {
        if (!settings.enabled()) {
            registered.get(instance.station().index()).remove(instance);
            refreshCache();
        }
    }

    private void refreshCache() {
        Instance[][] fresh = new Instance[stations.length][];
        for (int i = 0; i < stations.length; i++) {
            fresh[i] = registered.get(i).toArray(new Instance[0]);
        }
        cache = fresh;
    }

    /** The server's cached view: per service index, the registered instances. */
    Instance[][] cached() {
        return cache;
    }

    /** Stops ({@code true}) or resumes sweeps and cache refreshes. */
    public void stall(boolean stall) {
        this.stalled = stall;
    }
}
