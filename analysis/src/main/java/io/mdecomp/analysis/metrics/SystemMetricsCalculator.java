package io.mdecomp.analysis.metrics;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.graph.DependencyCycles;
import io.mdecomp.analysis.graph.DependencyKind;
import io.mdecomp.analysis.graph.Ownership;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.analysis.graph.SyncChains;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The system metrics of SPEC §4; each formula is on its method. O(n + m) apart from the bounded
 * cycle listing.
 */
final class SystemMetricsCalculator {

    private final AnalysisContext context;
    private final EntityWeights weights;
    private final SyncChains chains;
    private final DependencyCycles.Result cycles;
    private final InterfaceUsage usage;

    SystemMetricsCalculator(AnalysisContext context, EntityWeights weights, SyncChains chains,
                            DependencyCycles.Result cycles, InterfaceUsage usage) {
        this.context = context;
        this.weights = weights;
        this.chains = chains;
        this.cycles = cycles;
        this.usage = usage;
    }

    SystemMetrics compute(List<ServiceMetrics> services) {
        ServiceGraph graph = context.serviceGraph();
        int maxDepth = chains.maxDepth();
        return new SystemMetrics(
                modularity(),
                mq(services),
                structuralModularity(),
                weights.total == 0 ? 0 : weights.cross / weights.total,
                ifn(),
                ned(),
                scf(graph),
                siy(graph),
                cycles.sequences(SystemMetrics.CYCLE_LIMIT),
                maxDepth == 0 ? 0 : maxDepth + 1,
                complexityIndex(graph));
    }

    /**
     * Bunch's MQ: Σ over services of the cluster factor 2I / (2I + X), which is 0 for a service
     * without internal weight (MQ deliberately gives nothing for a singleton cluster, unlike the
     * per-service {@code cohesion}).
     */
    private double mq(List<ServiceMetrics> services) {
        double sum = 0;
        for (ServiceMetrics service : services) {
            sum += weights.clusterFactor(service.name());
        }
        return sum;
    }

    /** Newman's weighted Q of the current cut on the entity graph (edges of weight &gt; 0). */
    private double modularity() {
        java.util.Set<String> services = new java.util.LinkedHashSet<>();
        for (Service service : context.model().services()) {
            services.add(service.name());
        }
        return weights.modularity(services);
    }

    /**
     * Structural modularity (Jin et al. 2019, as computed by Mono2Micro's evaluation code), over the
     * K services that own entities, counting entity-graph edges of weight &gt; 0:
     * {@code SM = (1/K) Σ_i μ_i / N_i² − (1 / (K(K−1)/2)) Σ_{i<j} σ_ij / (2 N_i N_j)}, with μ_i the
     * edges inside service i, σ_ij the edges between i and j, N_i its entities. The second term is 0
     * when K ≤ 1; SM is 0 when K = 0.
     */
    private double structuralModularity() {
        Ownership ownership = context.ownership();
        Set<String> owning = new LinkedHashSet<>();
        for (Service service : context.model().services()) {
            if (!ownership.entitiesOf(service.name()).isEmpty()) {
                owning.add(service.name());
            }
        }
        int k = owning.size();
        if (k == 0) {
            return 0;
        }
        double cohesion = 0;
        for (String service : owning) {
            double n = ownership.entitiesOf(service).size();
            cohesion += weights.internalEdges.getOrDefault(service, 0) / (n * n);
        }
        double coupling = 0;
        // summed in name order, so the result does not depend on hashing
        for (Map.Entry<String, Map<String, Integer>> row : new TreeMap<>(weights.crossEdges).entrySet()) {
            double ni = ownership.entitiesOf(row.getKey()).size();
            for (Map.Entry<String, Integer> cell : new TreeMap<>(row.getValue()).entrySet()) {
                double nj = ownership.entitiesOf(cell.getKey()).size();
                coupling += cell.getValue() / (2 * ni * nj);
            }
        }
        double pairs = k * (k - 1) / 2.0;
        return cohesion / k - (pairs == 0 ? 0 : coupling / pairs);
    }

    /** Mean number of interface endpoints per service (0 without services). */
    private double ifn() {
        List<Service> services = context.model().services();
        if (services.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Service service : services) {
            sum += usage.interfaces(service);
        }
        return sum / services.size();
    }

    /** Share of owned entities whose (primary) service's entity count lies outside the size band. */
    private double ned() {
        Ownership ownership = context.ownership();
        int all = 0;
        int outside = 0;
        for (Service service : context.model().services()) {
            int size = ownership.entitiesOf(service.name()).size();
            all += size;
            if (size < context.settings().sizeBandMin() || size > context.settings().sizeBandMax()) {
                outside += size;
            }
        }
        return all == 0 ? 0 : (double) outside / all;
    }

    /** Service coupling factor: ordered service pairs with a dependency / (N² − N); 0 when N &lt; 2. */
    private static double scf(ServiceGraph graph) {
        int n = graph.services().size();
        if (n < 2) {
            return 0;
        }
        int pairs = 0;
        for (String service : graph.services()) {
            pairs += graph.dependencies(service).size();
        }
        return (double) pairs / ((double) n * n - n);
    }

    /**
     * Unordered service pairs that depend on each other both ways within one layer of
     * {@link DependencyCycles}: by calls and data, or by consumed events. A call one way and an
     * event back is choreography and does not count.
     */
    private static int siy(ServiceGraph graph) {
        Set<String> pairs = new java.util.HashSet<>();
        for (DependencyCycles.Layer layer : DependencyCycles.Layer.values()) {
            Map<String, List<String>> adjacency = graph.adjacency(layer::accepts);
            for (Map.Entry<String, List<String>> entry : adjacency.entrySet()) {
                for (String other : entry.getValue()) {
                    if (entry.getKey().compareTo(other) < 0 && adjacency.get(other).contains(entry.getKey())) {
                        pairs.add(entry.getKey() + "\u0000" + other);
                    }
                }
            }
        }
        return pairs.size();
    }

    /**
     * |S|² · |C| · |ST|: services, communication kinds in use (sync: sync calls and http/grpc
     * entries; async: async calls and message-queue entries; events: events and event-stream
     * entries) and entity kinds in use.
     */
    private long complexityIndex(ServiceGraph graph) {
        Set<String> kinds = new java.util.TreeSet<>();
        for (ServiceEdge edge : graph.edges()) {
            if (edge.kind() == DependencyKind.SYNC_CALL) {
                kinds.add("sync");
            } else if (edge.kind() == DependencyKind.ASYNC_CALL) {
                kinds.add("async");
            } else if (edge.kind() == DependencyKind.EVENT) {
                kinds.add("event");
            } else if (edge.kind() == DependencyKind.DECLARED) {
                for (String protocol : edge.via()) {
                    kinds.add(protocol.equals("message-queue") ? "async"
                            : protocol.equals("event-stream") ? "event" : "sync");
                }
            }
        }
        Set<EntityKind> entityKinds = EnumSet.noneOf(EntityKind.class);
        context.model().entities().map(Entity::kind).forEach(entityKinds::add);
        long s = context.model().services().size();
        return s * s * kinds.size() * entityKinds.size();
    }
}
