package io.mdecomp.analysis.recommend;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.graph.EntityEdge;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.graph.Ownership;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Moves of aggregates: for an aggregate wholly owned by one service S that owns other aggregates
 * too, sum the positive entity-graph weight from its members to entities outside it, by the
 * service owning them; when another service T gets more than half of that weight (its
 * {@code share}) and more than S itself, move the aggregate to T. O(m).
 */
final class MoveFinder {

    private final AnalysisContext context;

    MoveFinder(AnalysisContext context) {
        this.context = context;
    }

    List<Move> moves() {
        EntityGraph graph = context.entityGraph();
        Ownership ownership = context.ownership();
        Map<String, Set<String>> aggregatesOf = new TreeMap<>();
        for (String entity : graph.entities()) {
            ownership.serviceOf(entity).ifPresent(s ->
                    aggregatesOf.computeIfAbsent(s, k -> new HashSet<>()).add(graph.aggregateOf(entity)));
        }
        List<Move> result = new ArrayList<>();
        for (Map.Entry<String, List<String>> aggregate : graph.aggregates().entrySet()) {
            List<String> members = aggregate.getValue();
            String service = ownership.serviceOf(members.get(0)).orElse(null);
            if (service == null || members.stream().anyMatch(m -> !service.equals(ownership.serviceOf(m).orElse(null)))
                    || aggregatesOf.get(service).size() < 2) {
                continue;
            }
            Set<String> inside = new HashSet<>(members);
            Map<String, Double> byService = new TreeMap<>();
            double total = 0;
            for (String member : members) {
                for (EntityEdge edge : graph.graph().edgesOf(member)) {
                    String other = edge.opposite(member);
                    if (edge.weight() <= 0 || inside.contains(other)) {
                        continue;
                    }
                    total += edge.weight();
                    ownership.serviceOf(other).ifPresent(s -> byService.merge(s, edge.weight(), Double::sum));
                }
            }
            String best = null;
            double bestWeight = 0;
            for (Map.Entry<String, Double> entry : byService.entrySet()) {
                if (!entry.getKey().equals(service) && entry.getValue() > bestWeight) {
                    best = entry.getKey();
                    bestWeight = entry.getValue();
                }
            }
            double own = byService.getOrDefault(service, 0.0);
            if (best != null && total > 0 && bestWeight / total > 0.5 && bestWeight > own) {
                double share = bestWeight / total;
                result.add(new Move(service, members, best, share, "move aggregate " + aggregate.getKey()
                        + " (" + String.join(", ", members) + ") from " + service + " to " + best + ": "
                        + Math.round(share * 100) + "% of its coupling weight (" + Recommender.number(bestWeight)
                        + " of " + Recommender.number(total) + ") goes to " + best + ", "
                        + Recommender.number(own) + " stays in " + service));
            }
        }
        return result;
    }
}
