package io.mdecomp.cli.render.ci;

import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.model.Call;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.ModelIndex;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service graph as drawn: services and their derived dependencies (SPEC §4: sync call, async
 * call, event from publisher to consumer, coarse dependency by protocol, and data — a service reads
 * or writes an entity another owns), one edge per (from, to, kind), sorted.
 *
 * @param services service names in declaration order
 * @param edges    sorted by from, to, kind
 */
public record ServiceDiagram(List<String> services, List<Edge> edges) {

    /** One dependency of {@code from} on {@code to}; {@code sync} when the caller waits. */
    public record Edge(String from, String to, String kind, boolean sync) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
        }

        public boolean isSync() {
            return sync;
        }
    }

    private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::from).thenComparing(Edge::to)
            .thenComparing(Edge::kind);

    public ServiceDiagram {
        services = List.copyOf(services);
        edges = edges.stream().sorted(ORDER).toList();
    }

    /** The diagram of the analysis' service graph (one edge per source, target and kind). */
    public static ServiceDiagram of(ServiceGraph graph) {
        List<Edge> edges = graph.edges().stream()
                .map(e -> new Edge(e.source(), e.target(), e.kind().label(), e.sync())).toList();
        return new ServiceDiagram(List.copyOf(graph.services()), edges);
    }

    /** Derives the diagram of {@code model}'s services. O(model size). */
    public static ServiceDiagram of(DomainModel model) {
        ModelIndex index = ModelIndex.of(model);
        Set<Edge> edges = new TreeSet<>(ORDER);
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                for (Call call : endpoint.calls()) {
                    add(edges, service.name(), call.service(), call.isSync() ? "sync" : "async", call.isSync());
                }
                for (String entity : concat(endpoint.reads(), endpoint.writes())) {
                    for (Service owner : index.owners(entity)) {
                        add(edges, service.name(), owner.name(), "data", false);
                    }
                }
            }
        }
        index.publishers().forEach((event, publishers) -> {
            for (Service consumer : index.consumers().getOrDefault(event, List.of())) {
                publishers.forEach(p -> add(edges, p.name(), consumer.name(), "event", false));
            }
        });
        for (Dependency dependency : model.dependencies()) {
            add(edges, dependency.from(), dependency.to(), dependency.protocol().yamlName(), dependency.isSync());
        }
        return new ServiceDiagram(model.services().stream().map(Service::name).toList(), new ArrayList<>(edges));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void add(Set<Edge> edges, String from, String to, String kind, boolean sync) {
        if (!from.equals(to)) {
            edges.add(new Edge(from, to, kind, sync));
        }
    }
}
