package io.mdecomp.analysis.metrics;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.graph.DependencyCycles;
import io.mdecomp.analysis.graph.DependencyKind;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.analysis.graph.SyncChains;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the per-service metrics of SPEC §4 (formulas on {@link ServiceMetrics} and in
 * {@code docs/metrics.md}) and, through {@link SystemMetricsCalculator}, the system metrics.
 * Entity-graph metrics read the edges of weight &gt; 0 under the current cut (each entity with its
 * primary owner). Service-graph metrics: Ca/Ce count distinct services over every dependency kind;
 * AIS/ADS count distinct services over the call kinds (sync, async, declared); SIUC reads the
 * endpoints each client calls. O(services + endpoints + calls + entity-graph edges).
 */
public final class MetricsCalculator {

    private final AnalysisContext context;
    private final EntityWeights weights;
    private final SyncChains chains;
    private final DependencyCycles.Result cycles;
    private final InterfaceUsage usage;
    private final double selfTie;

    public MetricsCalculator(AnalysisContext context) {
        this.context = context;
        this.selfTie = 10 * context.settings().priority(Criterion.IDENTITY_AND_LIFECYCLE).factor();
        this.weights = new EntityWeights(context.entityGraph());
        this.chains = SyncChains.of(context.serviceGraph());
        this.cycles = DependencyCycles.of(context.serviceGraph(), SystemMetrics.CYCLE_LIMIT);
        this.usage = new InterfaceUsage(context.model());
    }

    /** The metrics of every service, sorted by name. */
    public List<ServiceMetrics> services() {
        Map<String, Double> shared = sharedEntityCoupling();
        List<ServiceMetrics> result = new ArrayList<>();
        ServiceGraph graph = context.serviceGraph();
        for (Service service : context.model().services()) {
            String name = service.name();
            int ca = graph.dependents(name).size();
            int ce = graph.dependencies(name).size();
            int ais = callers(graph, name).size();
            int ads = callees(graph, name).size();
            List<Partner> partners = weights.partners(name);
            int entities = context.ownership().entitiesOf(name).size();
            Optional<Tie> tie = weights.tie(name, context.ownership(), selfTie);
            result.add(new ServiceMetrics(
                    name,
                    Granularity.of(service.endpoints().size(), service.owns().size(),
                            service.complexity().orElse(Granularity.DEFAULT_COMPLEXITY)),
                    shared.getOrDefault(name, 0.0),
                    entities == 1 ? 1 : weights.clusterFactor(name),
                    tie.map(MetricsCalculator::coupling).orElse(0.0),
                    partners.subList(0, Math.min(3, partners.size())),
                    tie,
                    ca, ce,
                    ca + ce == 0 ? 0 : (double) ce / (ca + ce),
                    ais, ads, ais * ads,
                    usage.siuc(service),
                    graph.syncDependencies(name).size(),
                    chains.depth(name)));
        }
        result.sort(Comparator.comparing(ServiceMetrics::name));
        return List.copyOf(result);
    }

    /** across / (inside + across); 0 when both are 0. */
    static double coupling(Tie tie) {
        double sum = tie.inside() + tie.across();
        return sum > 0 ? tie.across() / sum : 0;
    }

    /** The system metrics, given the service metrics. */
    public SystemMetrics system(List<ServiceMetrics> services) {
        return new SystemMetricsCalculator(context, weights, chains, cycles, usage).compute(services);
    }

    /** The sync chains of the service graph, as the metrics computed them. */
    public SyncChains chains() {
        return chains;
    }

    /** The dependency cycles of the service graph, as the metrics computed them. */
    public DependencyCycles.Result cycles() {
        return cycles;
    }

    static boolean isCall(ServiceEdge edge) {
        return edge.kind() == DependencyKind.SYNC_CALL || edge.kind() == DependencyKind.ASYNC_CALL
                || edge.kind() == DependencyKind.DECLARED;
    }

    static Set<String> callers(ServiceGraph graph, String service) {
        Set<String> set = new TreeSet<>();
        graph.graph().incomingEdgesOf(service).stream().filter(MetricsCalculator::isCall).forEach(e -> set.add(e.source()));
        return set;
    }

    static Set<String> callees(ServiceGraph graph, String service) {
        Set<String> set = new TreeSet<>();
        graph.graph().outgoingEdgesOf(service).stream().filter(MetricsCalculator::isCall).forEach(e -> set.add(e.target()));
        return set;
    }

    /**
     * Σ over other services T of |E(S) ∩ E(T)| / |owned(S)|, capped at 1, where E(X) is what X owns,
     * reads or writes. A service that owns nothing but shares something scores 1. O(Σ users per entity).
     */
    private Map<String, Double> sharedEntityCoupling() {
        Map<String, Set<String>> usersOf = new HashMap<>();
        for (Service service : context.model().services()) {
            for (String entity : service.owns()) {
                usersOf.computeIfAbsent(entity, k -> new TreeSet<>()).add(service.name());
            }
            for (Endpoint endpoint : service.endpoints()) {
                endpoint.reads().forEach(e -> usersOf.computeIfAbsent(e, k -> new TreeSet<>()).add(service.name()));
                endpoint.writes().forEach(e -> usersOf.computeIfAbsent(e, k -> new TreeSet<>()).add(service.name()));
            }
        }
        Map<String, Integer> sharedCount = new HashMap<>();
        for (Set<String> users : usersOf.values()) {
            for (String user : users) {
                sharedCount.merge(user, users.size() - 1, Integer::sum);
            }
        }
        Map<String, Double> result = new HashMap<>();
        for (Service service : context.model().services()) {
            int shared = sharedCount.getOrDefault(service.name(), 0);
            int own = service.owns().size();
            result.put(service.name(), own == 0 ? (shared > 0 ? 1.0 : 0.0) : Math.min(1.0, (double) shared / own));
        }
        return result;
    }
}
