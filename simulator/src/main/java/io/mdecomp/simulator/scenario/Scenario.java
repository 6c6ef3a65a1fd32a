package io.mdecomp.simulator.scenario;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.simulator.component.DiscoverySettings;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.GatewaySettings;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One validated scenario of a scenario file (SPEC §7). Times are seconds. Built by the reader, or
 * in code with {@link #builder}; {@link #toBuilder()} makes a changed copy.
 *
 * @param name           unique in its file
 * @param seed           the seed every random stream is derived from
 * @param timing         duration, warm-up, event limit and time-series buckets
 * @param workload       where requests come from
 * @param infrastructure gateway, registry, balancing, network and broker
 * @param resilience     the patterns around calls
 * @param deployment     per-service deployment overrides
 * @param faults         faults in order of time
 * @param slos           objectives
 * @param sagas          the routes served by a saga instead of a plain call, at most one per route
 * @param location       where the scenario is declared
 */
public record Scenario(String name, long seed, Timing timing, WorkloadSettings workload, Infrastructure infrastructure,
                       ResiliencePolicy resilience, SortedMap<String, DeploymentOverride> deployment,
                       List<Fault> faults, List<Slo> slos, List<SagaDefinition> sagas, SourceLocation location) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(infrastructure, "infrastructure");
        Objects.requireNonNull(resilience, "resilience");
        deployment = Collections.unmodifiableSortedMap(new TreeMap<>(deployment));
        faults = List.copyOf(faults);
        slos = List.copyOf(slos);
        sagas = List.copyOf(sagas);
        Objects.requireNonNull(location, "location");
    }

    /**
     * A builder for a scenario of {@code duration} seconds with every other part at its default:
     * no warm-up, the default event limit, an ideal infrastructure ({@link Infrastructure#IDEAL}),
     * no resilience patterns, no deployment overrides, faults, objectives or sagas.
     */
    public static Builder builder(String name, double duration, long seed, WorkloadSettings workload) {
        return new Builder(name, duration, seed, workload);
    }

    /** A builder holding this scenario's parts. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Collects the parts of a scenario; {@link #build()} validates them. */
    public static final class Builder {
        private String name;
        private long seed;
        private double duration;
        private double warmup;
        private long maxEvents = Timing.DEFAULT_MAX_EVENTS;
        private double bucketSeconds;
        private WorkloadSettings workload;
        private Infrastructure infrastructure = Infrastructure.IDEAL;
        private ResiliencePolicy resilience = ResiliencePolicy.NONE;
        private Map<String, DeploymentOverride> deployment = Map.of();
        private List<Fault> faults = List.of();
        private List<Slo> slos = List.of();
        private List<SagaDefinition> sagas = List.of();
        private SourceLocation location = SourceLocation.UNKNOWN;

        private Builder(String name, double duration, long seed, WorkloadSettings workload) {
            this.name = name;
            this.duration = duration;
            this.seed = seed;
            this.workload = workload;
        }

        private Builder(Scenario s) {
            this(s.name, s.timing.duration(), s.seed, s.workload);
            this.warmup = s.timing.warmup();
            this.maxEvents = s.timing.maxEvents();
            this.bucketSeconds = s.timing.bucketSeconds();
            this.infrastructure = s.infrastructure;
            this.resilience = s.resilience;
            this.deployment = s.deployment;
            this.faults = s.faults;
            this.slos = s.slos;
            this.sagas = s.sagas;
            this.location = s.location;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder duration(double seconds) {
            this.duration = seconds;
            return this;
        }

        public Builder warmup(double seconds) {
            this.warmup = seconds;
            return this;
        }

        public Builder maxEvents(long value) {
            this.maxEvents = value;
            return this;
        }

        public Builder bucketSeconds(double seconds) {
            this.bucketSeconds = seconds;
            return this;
        }

        public Builder workload(WorkloadSettings value) {
            this.workload = value;
            return this;
        }

        public Builder infrastructure(Infrastructure value) {
            this.infrastructure = value;
            return this;
        }

        /** Replaces the gateway of the infrastructure. */
        public Builder gateway(GatewaySettings value) {
            Infrastructure i = infrastructure;
            return infrastructure(new Infrastructure(value, i.discovery(), i.loadBalancing(), i.networkLatency(),
                    i.consumersPerInstance()));
        }

        /** Replaces the registry timing of the infrastructure. */
        public Builder discovery(DiscoverySettings value) {
            Infrastructure i = infrastructure;
            return infrastructure(new Infrastructure(i.gateway(), value, i.loadBalancing(), i.networkLatency(),
                    i.consumersPerInstance()));
        }

        /** Replaces the balancing of the infrastructure. */
        public Builder loadBalancing(LoadBalancing value) {
            Infrastructure i = infrastructure;
            return infrastructure(new Infrastructure(i.gateway(), i.discovery(), value, i.networkLatency(),
                    i.consumersPerInstance()));
        }

        public Builder resilience(ResiliencePolicy value) {
            this.resilience = value;
            return this;
        }

        public Builder deployment(Map<String, DeploymentOverride> value) {
            this.deployment = value;
            return this;
        }

        public Builder faults(List<Fault> value) {
            this.faults = value;
            return this;
        }

        public Builder slos(List<Slo> value) {
            this.slos = value;
            return this;
        }

        public Builder sagas(List<SagaDefinition> value) {
            this.sagas = value;
            return this;
        }

        public Builder location(SourceLocation value) {
            this.location = value;
            return this;
        }

        /** The scenario; throws {@code IllegalArgumentException} or {@code NullPointerException} on bad parts. */
        public Scenario build() {
            return new Scenario(name, seed, new Timing(duration, warmup, maxEvents, bucketSeconds), workload,
                    infrastructure, resilience, new TreeMap<>(deployment), faults, slos, sagas, location);
        }
    }
}
