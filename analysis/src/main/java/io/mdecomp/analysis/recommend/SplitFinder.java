package io.mdecomp.analysis.recommend;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.clustering.Clustering;
import io.mdecomp.analysis.clustering.LeidenClustering;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Splits of coarse services: Leiden (resolution 1, seed {@value #SEED}) on the service's own
 * aggregate-contracted entity subgraph. Each group is named after its main aggregate (the one
 * with the largest weight inside the group, ties by declaration order) + {@code Service}; the cut
 * weight is the contracted weight between groups; a new call {@code A -> B} appears where an
 * endpoint, placed in the group holding most of what it writes (else reads), touches an entity of
 * group B. No split is proposed when the clustering keeps the service whole.
 */
final class SplitFinder {

    static final long SEED = 0;

    private final AnalysisContext context;

    SplitFinder(AnalysisContext context) {
        this.context = context;
    }

    List<Split> splits(List<ServiceMetrics> metrics, double coarse) {
        List<Split> result = new ArrayList<>();
        for (ServiceMetrics m : metrics) {
            if (m.granularity() > coarse) {
                context.index().service(m.name()).flatMap(s -> split(s, m.granularity())).ifPresent(result::add);
            }
        }
        return result;
    }

    java.util.Optional<Split> split(Service service, double granularity) {
        EntityGraph entityGraph = context.entityGraph();
        List<String> entities = context.ownership().entitiesOf(service.name());
        Graph<String, DefaultWeightedEdge> graph = entityGraph.contracted(entities);
        if (graph.vertexSet().size() < 2) {
            return java.util.Optional.empty();
        }
        Clustering<String> clustering = new LeidenClustering<String>(1.0, SEED).cluster(graph);
        if (clustering.size() < 2) {
            return java.util.Optional.empty();
        }
        Set<String> inside = new HashSet<>(entities);
        List<Split.Group> groups = new ArrayList<>();
        Map<String, Integer> groupOf = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Set<String> cluster : clustering.clusters()) {
            String main = null;
            double mainWeight = -1;
            for (String aggregate : cluster) {
                double w = 0;
                for (DefaultWeightedEdge edge : graph.edgesOf(aggregate)) {
                    String other = graph.getEdgeSource(edge).equals(aggregate) ? graph.getEdgeTarget(edge)
                            : graph.getEdgeSource(edge);
                    if (cluster.contains(other)) {
                        w += graph.getEdgeWeight(edge);
                    }
                }
                if (w > mainWeight) {
                    main = aggregate;
                    mainWeight = w;
                }
            }
            String name = main + "Service";
            for (int n = 2; !names.add(name); n++) {
                name = main + "Service" + n;
            }
            List<String> members = new ArrayList<>();
            for (String entity : entities) {
                if (cluster.contains(entityGraph.aggregateOf(entity))) {
                    members.add(entity);
                    groupOf.put(entity, groups.size());
                }
            }
            groups.add(new Split.Group(name, members));
        }
        double cut = 0;
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            if (clustering.clusterOf(graph.getEdgeSource(edge)) != clustering.clusterOf(graph.getEdgeTarget(edge))) {
                cut += graph.getEdgeWeight(edge);
            }
        }
        Set<String> calls = new TreeSet<>();
        for (Endpoint endpoint : service.endpoints()) {
            int home = home(endpoint, groupOf);
            if (home < 0) {
                continue;
            }
            for (String entity : concat(endpoint.writes(), endpoint.reads())) {
                Integer group = inside.contains(entity) ? groupOf.get(entity) : null;
                if (group != null && group != home) {
                    calls.add(groups.get(home).name() + " -> " + groups.get(group).name());
                }
            }
        }
        StringBuilder detail = new StringBuilder("split ").append(service.name()).append(" (granularity ")
                .append(Recommender.number(granularity)).append(") into ");
        for (int g = 0; g < groups.size(); g++) {
            detail.append(g == 0 ? "" : ", ").append(groups.get(g).name()).append(" (")
                    .append(String.join(", ", groups.get(g).entities())).append(')');
        }
        detail.append("; cut weight ").append(Recommender.number(cut)).append("; ");
        detail.append(calls.isEmpty() ? "no new calls" : "new calls: " + String.join(", ", calls));
        return java.util.Optional.of(new Split(service.name(), groups, cut, List.copyOf(calls), detail.toString()));
    }

    /** The group holding most of what the endpoint writes, else reads; −1 when it touches none. */
    private static int home(Endpoint endpoint, Map<String, Integer> groupOf) {
        for (List<String> entities : List.of(endpoint.writes(), endpoint.reads())) {
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            for (String entity : entities) {
                Integer group = groupOf.get(entity);
                if (group != null) {
                    counts.merge(group, 1, Integer::sum);
                }
            }
            int best = -1;
            int bestCount = 0;
            for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
                if (entry.getValue() > bestCount || (entry.getValue() == bestCount && entry.getKey() < best)) {
                    best = entry.getKey();
                    bestCount = entry.getValue();
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
