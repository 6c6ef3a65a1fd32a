package io.mdecomp.simulator.scenario;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.simulator.component.DiscoverySettings;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.GatewaySettings;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One validated scenario of a scenario file (SPEC §7). Times are seconds.
 *
 * @param name                 unique in its file
 * @param duration             simulated time, > 0
 * @param warmup               the first seconds excluded from statistics, < duration
 * @param seed                 the seed of every random stream
 * @param workload             where requests come from
 * @param gateway              gateway middleware and limits
 * @param discovery            registry timing
 * @param loadBalancing        balancing strategy and outlier ejection
 * @param networkLatency       one-way latency of every hop; empty: zero
 * @param resilience           the default patterns for every call
 * @param callResilience       per {@code Caller -> Callee} overrides (the gateway is {@code gateway})
 * @param deployment           per-service deployment overrides
 * @param faults               faults in order of time
 * @param slos                 objectives
 * @param consumersPerInstance consumers each instance runs per subscribed topic
 * @param maxEvents            the event limit of one run
 * @param bucketSeconds        time-series bucket width; 0: chosen from the duration
 * @param location             where the scenario is declared
 * @param sagas                the routes served by a saga instead of a plain call, at most one per route
 */
public record Scenario(String name, double duration, double warmup, long seed, WorkloadSettings workload,
                       GatewaySettings gateway, DiscoverySettings discovery, LoadBalancing loadBalancing,
                       Optional<Distribution> networkLatency, Resilience resilience,
                       SortedMap<String, Resilience> callResilience, SortedMap<String, DeploymentOverride> deployment,
                       List<Fault> faults, List<Slo> slos, int consumersPerInstance, long maxEvents,
                       double bucketSeconds, SourceLocation location, List<SagaDefinition> sagas) {

    /** The default event limit: two billion events. */
    public static final long DEFAULT_MAX_EVENTS = 2_000_000_000L;

    public Scenario {
        Objects.requireNonNull(name, "name");
        if (!(duration > 0) || !(warmup >= 0) || warmup >= duration) {
            throw new IllegalArgumentException("need duration > 0 and 0 <= warmup < duration");
        }
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(loadBalancing, "loadBalancing");
        Objects.requireNonNull(networkLatency, "networkLatency");
        Objects.requireNonNull(resilience, "resilience");
        callResilience = Collections.unmodifiableSortedMap(new TreeMap<>(callResilience));
        deployment = Collections.unmodifiableSortedMap(new TreeMap<>(deployment));
        faults = List.copyOf(faults);
        slos = List.copyOf(slos);
        if (consumersPerInstance < 1 || maxEvents < 1 || !(bucketSeconds >= 0)) {
            throw new IllegalArgumentException("need consumersPerInstance >= 1, maxEvents >= 1, bucketSeconds >= 0");
        }
        Objects.requireNonNull(location, "location");
        sagas = List.copyOf(sagas);
    }

    /** A scenario without sagas. */
    public Scenario(String name, double duration, double warmup, long seed, WorkloadSettings workload,
                    GatewaySettings gateway, DiscoverySettings discovery, LoadBalancing loadBalancing,
                    Optional<Distribution> networkLatency, Resilience resilience,
                    SortedMap<String, Resilience> callResilience, SortedMap<String, DeploymentOverride> deployment,
                    List<Fault> faults, List<Slo> slos, int consumersPerInstance, long maxEvents,
                    double bucketSeconds, SourceLocation location) {
        this(name, duration, warmup, seed, workload, gateway, discovery, loadBalancing, networkLatency, resilience,
                callResilience, deployment, faults, slos, consumersPerInstance, maxEvents, bucketSeconds, location,
                List.of());
    }

    /** A scenario with every optional part at its default: no faults, no SLOs, an ideal registry. */
    public static Scenario of(String name, double duration, long seed, WorkloadSettings workload) {
        return new Scenario(name, duration, 0, seed, workload, GatewaySettings.NONE, DiscoverySettings.INSTANT,
                LoadBalancing.DEFAULT, Optional.empty(), Resilience.NONE, new TreeMap<>(), new TreeMap<>(),
                List.of(), List.of(), 1, DEFAULT_MAX_EVENTS, 0, SourceLocation.UNKNOWN);
    }

    public Scenario withWarmup(double newWarmup) {
        return new Scenario(name, duration, newWarmup, seed, workload, gateway, discovery, loadBalancing,
                networkLatency, resilience, callResilience, deployment, faults, slos, consumersPerInstance,
                maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, duration, warmup, newSeed, workload, gateway, discovery, loadBalancing,
                networkLatency, resilience, callResilience, deployment, faults, slos, consumersPerInstance,
                maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withGateway(GatewaySettings newGateway) {
        return new Scenario(name, duration, warmup, seed, workload, newGateway, discovery, loadBalancing,
                networkLatency, resilience, callResilience, deployment, faults, slos, consumersPerInstance,
                maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withDiscovery(DiscoverySettings newDiscovery) {
        return new Scenario(name, duration, warmup, seed, workload, gateway, newDiscovery, loadBalancing,
                networkLatency, resilience, callResilience, deployment, faults, slos, consumersPerInstance,
                maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withLoadBalancing(LoadBalancing newBalancing) {
        return new Scenario(name, duration, warmup, seed, workload, gateway, discovery, newBalancing,
                networkLatency, resilience, callResilience, deployment, faults, slos, consumersPerInstance,
                maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withNetworkLatency(Optional<Distribution> latency) {
        return new Scenario(name, duration, warmup, seed, workload, gateway, discovery, loadBalancing,
                latency, resilience, callResilience, deployment, faults, slos, consumersPerInstance,
                maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withResilience(Resilience defaults, Map<String, Resilience> perCall) {
        return new Scenario(name, duration, warmup, seed, workload, gateway, discovery, loadBalancing,
                networkLatency, defaults, new TreeMap<>(perCall), deployment, faults, slos, consumersPerInstance,
                maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withDeployment(Map<String, DeploymentOverride> overrides) {
        return new Scenario(name, duration, warmup, seed, workload, gateway, discovery, loadBalancing,
                networkLatency, resilience, callResilience, new TreeMap<>(overrides), faults, slos,
                consumersPerInstance, maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withFaults(List<Fault> newFaults) {
        return new Scenario(name, duration, warmup, seed, workload, gateway, discovery, loadBalancing,
                networkLatency, resilience, callResilience, deployment, newFaults, slos, consumersPerInstance,
                maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withSlos(List<Slo> newSlos) {
        return new Scenario(name, duration, warmup, seed, workload, gateway, discovery, loadBalancing,
                networkLatency, resilience, callResilience, deployment, faults, newSlos, consumersPerInstance,
                maxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withMaxEvents(long newMaxEvents) {
        return new Scenario(name, duration, warmup, seed, workload, gateway, discovery, loadBalancing,
                networkLatency, resilience, callResilience, deployment, faults, slos, consumersPerInstance,
                newMaxEvents, bucketSeconds, location, sagas);
    }

    public Scenario withSagas(List<SagaDefinition> newSagas) {
        return new Scenario(name, duration, warmup, seed, workload, gateway, discovery, loadBalancing,
                networkLatency, resilience, callResilience, deployment, faults, slos, consumersPerInstance,
                maxEvents, bucketSeconds, location, newSagas);
    }

    /** The time-series bucket width: as given, else duration / 60 rounded up to a whole second. */
    public double effectiveBucketSeconds() {
        return bucketSeconds > 0 ? bucketSeconds : Math.max(1, Math.ceil(duration / 60));
    }
}
