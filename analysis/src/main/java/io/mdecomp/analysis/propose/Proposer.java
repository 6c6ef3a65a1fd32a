package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.clustering.Clustering;
import io.mdecomp.analysis.clustering.Modularity;
import io.mdecomp.analysis.diff.Assignment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Proposes a cut (SPEC §4, Proposal). Steps: (1) pinned services keep exactly their entities (plus
 * the rest of any aggregate they hold part of) and leave the graph — the limit of the pinned-service
 * criterion's +10 inside / −10 outside; (2) the remaining entity graph is contracted by aggregate
 * ({@link AggregateGraph}); (3) the chosen algorithm clusters it; (4) an aggregate with no positive
 * edge at all (nothing says where it belongs) joins the cluster holding most of its current service's
 * entities instead of becoming a service of its own, and a cluster mixing security zones is split by
 * zone; (5) clusters are named after the current
 * service they overlap most ({@link ClusterNaming}); (6) the proposed model is built around them
 * ({@link ProposedModelBuilder}). Deterministic for a seed. Cost: the algorithm's (Leiden, Louvain:
 * about O(m log n)) plus O(n + m).
 */
public final class Proposer {

    /**
     * @param model       the current model
     * @param entityGraph the weighted entity graph of {@code model} (edges of weight ≤ 0 are ignored)
     * @param options     algorithm, resolution, seed and pins
     * @throws InputException when a pin names no service of the model
     */
    public <E> Proposal propose(DomainModel model, Graph<String, E> entityGraph, ProposeOptions options) {
        Map<String, Service> services = new LinkedHashMap<>();
        model.services().forEach(s -> services.putIfAbsent(s.name(), s));
        List<Diagnostic> problems = new ArrayList<>();
        for (String pin : options.pins()) {
            if (!services.containsKey(pin)) {
                problems.add(Diagnostic.error(new SourceLocation("--pin", 0, 0), "ref", "--pin names unknown service '"
                        + pin + "' (known: " + String.join(", ", services.keySet()) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<String, String> current = currentOwners(model);
        Map<String, List<String>> aggregates = new LinkedHashMap<>();
        model.entities().forEach(e -> aggregates.computeIfAbsent(e.aggregateRoot(), k -> new ArrayList<>()).add(e.name()));
        Map<String, Entity> entities = new LinkedHashMap<>();
        model.entities().forEach(e -> entities.put(e.name(), e));
        Map<String, Integer> position = new HashMap<>();
        entities.keySet().forEach(name -> position.put(name, position.size()));

        Map<String, List<String>> pinned = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String pin : new LinkedHashSet<>(options.pins())) {
            List<String> owned = new ArrayList<>();
            for (String entity : services.get(pin).owns()) {
                String root = entities.containsKey(entity) ? entities.get(entity).aggregateRoot() : entity;
                for (String member : aggregates.getOrDefault(root, List.of(entity))) {
                    if (taken.add(member)) {
                        owned.add(member);
                    }
                }
            }
            pinned.put(pin, sortByModel(owned, position));
        }
        AggregateGraph contracted = AggregateGraph.contract(model, entityGraph, taken);
        Clustering<String> clustering = ClusterRunner.run(contracted.graph, options);
        List<List<String>> clusters = new ArrayList<>();
        for (List<String> cluster : separateZones(attachIsolated(clustering, contracted, current), contracted,
                entities)) {
            clusters.add(sortByModel(cluster, position));
        }

        List<List<String>> entityClusters = new ArrayList<>();
        List<String> largestRoot = new ArrayList<>();
        for (List<String> cluster : clusters) {
            List<String> members = new ArrayList<>();
            String largest = cluster.get(0);
            for (String root : cluster) {
                members.addAll(contracted.members.get(root));
                if (contracted.members.get(root).size() > contracted.members.get(largest).size()) {
                    largest = root;
                }
            }
            entityClusters.add(sortByModel(members, position));
            largestRoot.add(largest);
        }
        List<String> names = ClusterNaming.names(entityClusters, current, model, largestRoot, pinned.keySet());
        Map<String, List<String>> proposed = new LinkedHashMap<>(pinned);
        for (int c = 0; c < entityClusters.size(); c++) {
            proposed.put(names.get(c), entityClusters.get(c));
        }
        Map<String, String> assignment = new TreeMap<>();
        proposed.forEach((service, owned) -> owned.forEach(e -> assignment.put(e, service)));
        DomainModel proposedModel = new ProposedModelBuilder(model, proposed, assignment).build();
        return new Proposal(proposedModel, assignment, moves(aggregates, current, assignment),
                Modularity.of(entityGraph, clusteringOf(Assignment.of(model))),
                Modularity.of(entityGraph, clusteringOf(assignment)), options);
    }

    private static Map<String, String> currentOwners(DomainModel model) {
        Map<String, String> owner = new LinkedHashMap<>();
        model.services().forEach(s -> s.owns().forEach(e -> owner.putIfAbsent(e, s.name())));
        return owner;
    }

    /** Step (4): zero-weight aggregates join their current service's cluster; returns root clusters. */
    private static List<List<String>> attachIsolated(Clustering<String> clustering, AggregateGraph contracted,
                                                     Map<String, String> current) {
        List<List<String>> clusters = new ArrayList<>();
        clustering.clusters().forEach(c -> clusters.add(new ArrayList<>(c)));
        Map<String, Integer> clusterOf = new LinkedHashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (String root : clusters.get(c)) {
                clusterOf.put(root, c);
            }
        }
        // service -> the weighted aggregates holding at least one of its entities, each once
        Map<String, Set<String>> weightedByService = new HashMap<>();
        for (Map.Entry<String, List<String>> aggregate : contracted.members.entrySet()) {
            if (hasWeight(contracted, aggregate.getKey())) {
                for (String member : aggregate.getValue()) {
                    String owner = current.get(member);
                    if (owner != null) {
                        weightedByService.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(aggregate.getKey());
                    }
                }
            }
        }
        for (int c = 0; c < clusters.size(); c++) {
            List<String> cluster = clusters.get(c);
            if (cluster.size() != 1 || hasWeight(contracted, cluster.get(0))) {
                continue;
            }
            String root = cluster.get(0);
            String service = current.get(root);
            Map<Integer, Integer> votes = new TreeMap<>();
            for (String aggregate : service == null ? Set.<String>of()
                    : weightedByService.getOrDefault(service, Set.of())) {
                if (!aggregate.equals(root)) {
                    votes.merge(clusterOf.get(aggregate), contracted.members.get(aggregate).size(), Integer::sum);
                }
            }
            votes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(best -> {
                clusters.get(best.getKey()).add(root);
                cluster.clear();
            });
        }
        clusters.removeIf(List::isEmpty);
        return clusters;
    }

    /**
     * Step (4b): security zones are a hard line (SPEC §3: entities of different zones must not share
     * a service). In a cluster holding aggregates of several zones, the zone with the most entities
     * stays with the aggregates that have no zone; every other zone leaves as a cluster of its own.
     */
    private static List<List<String>> separateZones(List<List<String>> clusters, AggregateGraph contracted,
                                                    Map<String, Entity> entities) {
        List<List<String>> result = new ArrayList<>();
        for (List<String> cluster : clusters) {
            Map<String, List<String>> byZone = new TreeMap<>();
            Map<String, Integer> sizes = new TreeMap<>();
            List<String> neutral = new ArrayList<>();
            for (String root : cluster) {
                String zone = zoneOf(contracted.members.get(root), entities);
                if (zone == null) {
                    neutral.add(root);
                } else {
                    byZone.computeIfAbsent(zone, k -> new ArrayList<>()).add(root);
                    sizes.merge(zone, contracted.members.get(root).size(), Integer::sum);
                }
            }
            if (byZone.size() <= 1) {
                result.add(cluster);
                continue;
            }
            String kept = sizes.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                    .orElseThrow().getKey();
            List<String> main = new ArrayList<>(neutral);
            main.addAll(byZone.get(kept));
            result.add(main);
            byZone.forEach((zone, roots) -> {
                if (!zone.equals(kept)) {
                    result.add(roots);
                }
            });
        }
        return result;
    }

    /** The security zone most of an aggregate's entities are in, or null when none has one. */
    private static String zoneOf(List<String> members, Map<String, Entity> entities) {
        Map<String, Integer> votes = new TreeMap<>();
        for (String member : members) {
            Entity entity = entities.get(member);
            if (entity != null) {
                entity.securityZone().ifPresent(zone -> votes.merge(zone, 1, Integer::sum));
            }
        }
        return votes.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey).orElse(null);
    }

    private static boolean hasWeight(AggregateGraph contracted, String root) {
        return contracted.graph.edgesOf(root).stream().anyMatch(e -> contracted.graph.getEdgeWeight(e) > 0);
    }

    private static List<AggregateMove> moves(Map<String, List<String>> aggregates, Map<String, String> current,
                                             Map<String, String> assignment) {
        List<AggregateMove> moves = new ArrayList<>();
        new TreeMap<>(aggregates).forEach((root, members) -> {
            String from = current.getOrDefault(root, current.getOrDefault(members.get(0), "(unowned)"));
            String to = assignment.get(root);
            if (to != null && !to.equals(from)) {
                moves.add(new AggregateMove(root, members, from, to));
            }
        });
        return moves;
    }

    private static Clustering<String> clusteringOf(Map<String, String> assignment) {
        Map<String, List<String>> byService = new TreeMap<>();
        assignment.forEach((entity, service) -> byService.computeIfAbsent(service, k -> new ArrayList<>()).add(entity));
        return Clustering.of(byService.values());
    }

    private static List<String> sortByModel(List<String> names, Map<String, Integer> position) {
        return names.stream().sorted(java.util.Comparator.comparingInt(n -> position.getOrDefault(n, Integer.MAX_VALUE)))
                .toList();
    }
}
