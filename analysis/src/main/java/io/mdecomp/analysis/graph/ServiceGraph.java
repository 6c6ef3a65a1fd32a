package io.mdecomp.analysis.graph;

import io.mdecomp.model.Call;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.ModelIndex;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The service graph (SPEC §4): services as vertices (sorted by name), a directed edge per derived
 * dependency kind between two services: sync call, async call, event (consumer → publisher: the
 * consumer depends on the contract of the event it consumes, the publisher does not know its
 * consumers), declared ({@code dependencies} entry) and data (a service reads or writes an entity
 * whose primary owner is another service and that it does not own itself; a read by a service that
 * consumes the owner's events is served by a replicated read model, so it is no data edge: the
 * event edge carries that dependency). Every edge points from the dependent service to the one it
 * depends on. Call edges are weighted by expected
 * calls per request, Σ probability × (1 − cache hit ratio) over the caller's calls to the callee;
 * the others weigh 1. A service depending on itself is not an edge. O(size of the model).
 */
public final class ServiceGraph {

    private static final Comparator<ServiceEdge> ORDER = Comparator.comparing(ServiceEdge::source)
            .thenComparing(ServiceEdge::target).thenComparing(ServiceEdge::kind);

    private final Graph<String, ServiceEdge> graph;
    private final List<ServiceEdge> edges;

    private ServiceGraph(Set<String> services, List<ServiceEdge> edges) {
        DirectedWeightedMultigraph<String, ServiceEdge> g = new DirectedWeightedMultigraph<>(null, null);
        services.forEach(g::addVertex);
        for (ServiceEdge edge : edges) {
            g.addEdge(edge.source(), edge.target(), edge);
            g.setEdgeWeight(edge, edge.weight());
        }
        this.graph = new AsUnmodifiableGraph<>(g);
        this.edges = List.copyOf(edges);
    }

    /** Derives the service graph of {@code model}. */
    public static ServiceGraph of(DomainModel model) {
        ModelIndex index = ModelIndex.of(model);
        Ownership ownership = Ownership.of(model);
        Map<Key, Builder> builders = new TreeMap<>();
        Set<String> names = new TreeSet<>();
        for (Service service : model.services()) {
            names.add(service.name());
        }
        for (Service service : model.services()) {
            Set<String> feeds = publishersConsumedBy(service, index);
            for (Endpoint endpoint : service.endpoints()) {
                double miss = 1 - endpoint.cache().map(c -> c.hitRatio()).orElse(0.0);
                for (Call call : endpoint.calls()) {
                    DependencyKind kind = call.isSync() ? DependencyKind.SYNC_CALL : DependencyKind.ASYNC_CALL;
                    Builder b = builder(builders, service.name(), call.service(), kind, call.location());
                    if (b != null) {
                        b.weight += call.probability() * miss;
                        b.via.add(endpoint.name() + " -> " + call.endpoint());
                    }
                }
                for (String entity : concat(endpoint.reads(), endpoint.writes())) {
                    if (ownership.owns(service.name(), entity)) {
                        continue;
                    }
                    String owner = ownership.serviceOf(entity).orElse(null);
                    boolean replicated = owner != null && !endpoint.writes().contains(entity)
                            && feeds.contains(owner);
                    if (owner != null && !replicated) {
                        Builder b = builder(builders, service.name(), owner, DependencyKind.DATA, endpoint.location());
                        if (b != null) {
                            b.weight = 1;
                            b.via.add(entity);
                        }
                    }
                }
            }
            for (Subscription subscription : service.consumes()) {
                for (Service publisher : index.publishers().getOrDefault(subscription.event(), List.of())) {
                    Builder b = builder(builders, service.name(), publisher.name(), DependencyKind.EVENT,
                            subscription.location());
                    if (b != null) {
                        b.weight = 1;
                        b.via.add(subscription.event());
                    }
                }
            }
        }
        for (Dependency dependency : model.dependencies()) {
            Builder b = builder(builders, dependency.from(), dependency.to(), DependencyKind.DECLARED,
                    dependency.location());
            if (b != null) {
                b.weight = 1;
                b.sync |= dependency.isSync();
                b.via.add(dependency.protocol().yamlName());
            }
        }
        List<ServiceEdge> edges = new ArrayList<>();
        builders.forEach((key, b) -> {
            if (names.contains(key.source) && names.contains(key.target)) {
                edges.add(new ServiceEdge(key.source, key.target, key.kind,
                        key.kind == DependencyKind.SYNC_CALL || b.sync, b.weight,
                        List.copyOf(b.via), b.location));
            }
        });
        edges.sort(ORDER);
        return new ServiceGraph(names, edges);
    }

    /** The services that publish an event {@code service} consumes. */
    private static Set<String> publishersConsumedBy(Service service, ModelIndex index) {
        Set<String> publishers = new java.util.HashSet<>();
        for (Subscription subscription : service.consumes()) {
            index.publishers().getOrDefault(subscription.event(), List.of()).forEach(p -> publishers.add(p.name()));
        }
        return publishers;
    }

    private static Builder builder(Map<Key, Builder> builders, String source, String target, DependencyKind kind,
                                   SourceLocation location) {
        if (source.equals(target)) {
            return null;
        }
        return builders.computeIfAbsent(new Key(source, target, kind), k -> new Builder(location));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The graph, read-only. */
    public Graph<String, ServiceEdge> graph() {
        return graph;
    }

    /** All edges sorted by source, target, kind. */
    public List<ServiceEdge> edges() {
        return edges;
    }

    /** Service names, sorted. */
    public Set<String> services() {
        return graph.vertexSet();
    }

    /** The services {@code service} depends on (any kind), sorted. */
    public Set<String> dependencies(String service) {
        Set<String> out = new TreeSet<>();
        graph.outgoingEdgesOf(service).forEach(e -> out.add(e.target()));
        return out;
    }

    /** The services that depend on {@code service} (any kind), sorted. */
    public Set<String> dependents(String service) {
        Set<String> in = new TreeSet<>();
        graph.incomingEdgesOf(service).forEach(e -> in.add(e.source()));
        return in;
    }

    /** The services {@code service} waits for (sync calls, http/grpc entries), sorted. */
    public Set<String> syncDependencies(String service) {
        Set<String> out = new TreeSet<>();
        graph.outgoingEdgesOf(service).stream().filter(ServiceEdge::sync).forEach(e -> out.add(e.target()));
        return out;
    }

    /** Adjacency over all kinds, or over sync edges only, by sorted name: what cycle search and metrics walk. */
    public Map<String, List<String>> adjacency(boolean syncOnly) {
        return adjacency(syncOnly ? ServiceEdge::sync : edge -> true);
    }

    /** Adjacency over the edges {@code accept} keeps, by sorted name, each successor once. */
    public Map<String, List<String>> adjacency(java.util.function.Predicate<ServiceEdge> accept) {
        Map<String, List<String>> adjacency = new TreeMap<>();
        for (String service : services()) {
            Set<String> out = new TreeSet<>();
            graph.outgoingEdgesOf(service).stream().filter(accept).forEach(e -> out.add(e.target()));
            adjacency.put(service, List.copyOf(out));
        }
        return adjacency;
    }

    /** The first edge of {@code kind}s from {@code source} to {@code target}, if any, in kind order. */
    public java.util.Optional<ServiceEdge> edge(String source, String target) {
        return graph.getAllEdges(source, target).stream().min(ORDER);
    }

    private record Key(String source, String target, DependencyKind kind) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = source.compareTo(o.source);
            if (c != 0) {
                return c;
            }
            c = target.compareTo(o.target);
            return c != 0 ? c : kind.compareTo(o.kind);
        }
    }

    private static final class Builder {
        final SourceLocation location;
        final Set<String> via = new TreeSet<>();
        double weight;
        boolean sync;

        Builder(SourceLocation location) {
            this.location = location;
        }
    }

}
