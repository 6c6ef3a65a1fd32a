package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.clustering.Clustering;
import io.mdecomp.analysis.clustering.LeidenClustering;
import io.mdecomp.analysis.graph.EntityEdge;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.recommend.Split;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Splits of a service into groups of whole aggregates. A service that spans several bounded
 * contexts is split along them, whatever its granularity (a service implements one context); a
 * group that still mixes security zones is split by zone, aggregates without a zone staying with
 * the zone that has the most entities. A service of one context and zone is split along the
 * clusters Leiden (resolution 1, seed {@value #SEED}) finds in its own aggregate-contracted entity
 * subgraph. The group with the most entities of the service's own context keeps its name; a group
 * of another context is named after it ({@code Catalog} → {@code CatalogService}), any other after
 * its main aggregate (the one with the most weight inside the group) + {@code Service}.
 */
final class SplitCandidates {

    static final long SEED = 0;

    private final Evaluation now;
    private final Cut cut;
    private final Map<String, Integer> order = new HashMap<>();

    SplitCandidates(Evaluation now, Cut cut) {
        this.now = now;
        this.cut = cut;
        now.context().entityGraph().entities().forEach(e -> order.put(e, order.size()));
    }

    /** The split of {@code service} that resolves {@code targets}, if it holds two or more aggregates. */
    Optional<Candidate> split(Service service, Set<String> targets) {
        List<String> roots = cut.aggregatesOf(service.name());
        if (roots.size() < 2) {
            return Optional.empty();
        }
        List<List<String>> groups = byContextAndZone(roots);
        boolean byContext = groups.stream().map(g -> cut.contextOf(g.get(0))).distinct().count() > 1;
        if (groups.size() < 2) {
            groups = clusters(service, roots);
        }
        if (groups.size() < 2) {
            return Optional.empty();
        }
        int home = home(service, groups);
        Set<String> taken = new HashSet<>(cut.services().keySet());
        List<Split.Group> named = new ArrayList<>();
        Map<String, List<String>> owns = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>(service.owns());
        for (int g = 0; g < groups.size(); g++) {
            if (g == home) {
                continue;
            }
            List<String> members = cut.ownedMembers(service.name(), groups.get(g));
            kept.removeAll(members);
            String name = unique(name(groups.get(g), byContext, groups), taken);
            named.add(new Split.Group(name, members));
            owns.put(name, members);
        }
        named.add(0, new Split.Group(service.name(), cut.ownedMembers(service.name(), groups.get(home))));
        Map<String, List<String>> allOwns = new LinkedHashMap<>();
        allOwns.put(service.name(), kept);
        allOwns.putAll(owns);
        Map<String, String> base = new HashMap<>();
        Map<String, OptionalDouble> complexity = new HashMap<>();
        allOwns.keySet().forEach(name -> {
            base.put(name, service.name());
            complexity.put(name, service.complexity());
        });
        Recut recut = new Recut(allOwns, base, complexity, Map.of());
        double cutWeight = cutWeight(named);
        String why = why(service, targets);
        return Optional.of(new Candidate("split", service.name(), recut, targets, "split " + service.name() + " into "
                + String.join(", ", named.stream().map(Split.Group::name).toList()), (calls, before, after) -> new Split(service.name(), named, cutWeight, calls,
                detail(service, why, named, cutWeight, calls))));
    }

    /** Roots grouped by context (in order of first appearance), each group further by security zone. */
    private List<List<String>> byContextAndZone(List<String> roots) {
        Map<String, List<String>> byContext = new LinkedHashMap<>();
        roots.forEach(r -> byContext.computeIfAbsent(cut.contextOf(r), k -> new ArrayList<>()).add(r));
        List<List<String>> groups = new ArrayList<>();
        for (List<String> group : byContext.values()) {
            Map<String, List<String>> byZone = new LinkedHashMap<>();
            List<String> neutral = new ArrayList<>();
            for (String root : group) {
                Optional<String> zone = cut.zoneOf(root);
                if (zone.isPresent()) {
                    byZone.computeIfAbsent(zone.get(), k -> new ArrayList<>()).add(root);
                } else {
                    neutral.add(root);
                }
            }
            if (byZone.size() < 2) {
                groups.add(group);
                continue;
            }
            String largest = null;
            int most = -1;
            for (Map.Entry<String, List<String>> zone : byZone.entrySet()) {
                int size = zone.getValue().stream().mapToInt(r -> cut.members(r).size()).sum();
                if (size > most) {
                    largest = zone.getKey();
                    most = size;
                }
            }
            for (Map.Entry<String, List<String>> zone : byZone.entrySet()) {
                List<String> members = new ArrayList<>(zone.getValue());
                if (zone.getKey().equals(largest)) {
                    members.addAll(neutral);
                    members.sort(java.util.Comparator.comparingInt(group::indexOf));
                }
                groups.add(members);
            }
        }
        return groups;
    }

    /** Leiden on the service's aggregate-contracted subgraph: groups of roots. */
    private List<List<String>> clusters(Service service, List<String> roots) {
        EntityGraph entityGraph = now.context().entityGraph();
        Graph<String, DefaultWeightedEdge> graph = entityGraph.contracted(
                cut.ownership().entitiesOf(service.name()));
        if (graph.vertexSet().size() < 2) {
            return List.of(roots);
        }
        Clustering<String> clustering = new LeidenClustering<String>(1.0, SEED).cluster(graph);
        List<List<String>> groups = new ArrayList<>();
        for (Set<String> cluster : clustering.clusters()) {
            List<String> group = new ArrayList<>();
            roots.stream().filter(cluster::contains).forEach(group::add);
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** The group that keeps the service's name: most entities of its own context, else most entities. */
    private int home(Service service, List<List<String>> groups) {
        int best = 0;
        int bestOwn = -1;
        int bestSize = -1;
        for (int g = 0; g < groups.size(); g++) {
            int own = 0;
            int size = 0;
            for (String root : groups.get(g)) {
                int n = cut.ownedMembers(service.name(), List.of(root)).size();
                size += n;
                own += service.context().equals(cut.contextOf(root)) ? n : 0;
            }
            if (own > bestOwn || (own == bestOwn && size > bestSize)) {
                best = g;
                bestOwn = own;
                bestSize = size;
            }
        }
        return best;
    }

    private String name(List<String> group, boolean byContext, List<List<String>> groups) {
        String context = cut.contextOf(group.get(0));
        boolean sharedContext = groups.stream().filter(g -> cut.contextOf(g.get(0)).equals(context)).count() > 1;
        if (byContext && !sharedContext) {
            return pascal(context) + "Service";
        }
        return mainAggregate(group) + "Service";
    }

    /** The aggregate with the most entity-graph weight to the other aggregates of its group (first on ties). */
    private String mainAggregate(List<String> group) {
        EntityGraph graph = now.context().entityGraph();
        Set<String> inside = new HashSet<>();
        group.forEach(r -> inside.addAll(cut.members(r)));
        String main = group.get(0);
        double most = -1;
        for (String root : group) {
            double weight = 0;
            for (String member : cut.members(root)) {
                if (!graph.graph().containsVertex(member)) {
                    continue;
                }
                for (EntityEdge edge : graph.graph().edgesOf(member)) {
                    String other = edge.opposite(member);
                    if (edge.weight() > 0 && inside.contains(other) && !cut.members(root).contains(other)) {
                        weight += edge.weight();
                    }
                }
            }
            if (weight > most) {
                main = root;
                most = weight;
            }
        }
        return main;
    }

    /**
     * The weight of the positive edges between the groups, summed in the graph's edge order (as a
     * scan of every edge would): only the edges of the service's entities are read.
     */
    private double cutWeight(List<Split.Group> groups) {
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String entity : groups.get(g).entities()) {
                groupOf.put(entity, g);
            }
        }
        EntityGraph entityGraph = now.context().entityGraph();
        List<String> members = new ArrayList<>(groupOf.keySet());
        members.removeIf(e -> !order.containsKey(e));
        members.sort(Comparator.comparing(order::get));
        double weight = 0;
        for (String member : members) {
            for (EntityEdge edge : entityGraph.graph().edgesOf(member)) {
                Integer b = groupOf.get(edge.second());
                if (edge.first().equals(member) && edge.weight() > 0 && b != null && !b.equals(groupOf.get(member))) {
                    weight += edge.weight();
                }
            }
        }
        return weight;
    }

    private String why(Service service, Set<String> targets) {
        List<String> reasons = new ArrayList<>();
        ServiceMetrics metrics = now.service(service.name()).orElseThrow();
        for (String target : new java.util.TreeSet<>(targets)) {
            if (target.startsWith("MD006:")) {
                reasons.add("granularity " + Planner.number(metrics.granularity()));
            } else if (target.startsWith("MD011:")) {
                reasons.add(cut.aggregatesOf(service.name()).stream().map(cut::contextOf).distinct().count()
                        + " bounded contexts");
            } else if (target.startsWith("MD015:")) {
                reasons.add("security zones " + String.join(" and ", target.substring(target.indexOf(',') + 1)
                        .split(",")));
            }
        }
        return reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")";
    }

    private static String detail(Service service, String why, List<Split.Group> groups, double cutWeight,
                                 List<String> calls) {
        StringBuilder detail = new StringBuilder("split ").append(service.name()).append(why).append(" into ");
        for (int g = 0; g < groups.size(); g++) {
            detail.append(g == 0 ? "" : ", ").append(groups.get(g).name()).append(" (")
                    .append(String.join(", ", groups.get(g).entities())).append(')');
        }
        detail.append("; cut weight ").append(Planner.number(cutWeight)).append("; ");
        detail.append(calls.isEmpty() ? "no new calls" : "new calls: " + String.join(", ", calls));
        return detail.toString();
    }

    static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    /** {@code Order Processing} → {@code OrderProcessing}. */
    static String pascal(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.length() == 0 ? "Split" : out.toString();
    }
}
