package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.clustering.Clustering;
import io.mdecomp.analysis.clustering.GirvanNewmanClustering;
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
import java.util.TreeSet;
import org.jgrapht.Graph;

/**
 * Finds the proposed cut, entity by entity: (1) pinned services keep exactly their entities (plus
 * the rest of any aggregate they hold part of) and leave the graph — the limit of the pinned-service
 * criterion's +10 inside / −10 outside; (2) the remaining entity graph is contracted by aggregate
 * ({@link AggregateGraph}); (3) the chosen algorithm clusters it; (4) an aggregate with no positive
 * edge at all (nothing says where it belongs) joins the cluster holding most of its current
 * service's entities (or, when none of that service's aggregates has an edge, the other such
 * aggregates of its service), and a cluster mixing security zones is split by zone; (5) with a requested
 * number of services, {@link ServiceCount} reaches it; (6) clusters are named after the current
 * service they overlap most ({@link ClusterNaming}); (7) services that own no entity (gateways,
 * orchestrators, reporting) stay as they are, after the clusters.
 */
final class CutFinder {

    private final DomainModel model;
    private final ProposeOptions options;
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final double codeWeight;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    /** Aggregate root → its entities, in declaration order. */
    private final Map<String, List<String>> aggregates = new LinkedHashMap<>();
    /** Entity → its current (primary) service. */
    private final Map<String, String> current = new LinkedHashMap<>();

    /**
     * @param codeWeight how much the code's own evidence weighs against the entity graph on a model
     *                   with components ({@link AggregateGraph#contract}); 0 leaves it out
     */
    CutFinder(DomainModel model, ProposeOptions options, double codeWeight) {
        this.model = model;
        this.options = options;
        this.codeWeight = codeWeight;
        model.services().forEach(s -> services.putIfAbsent(s.name(), s));
        model.entities().forEach(e -> entities.put(e.name(), e));
        entities.keySet().forEach(name -> position.put(name, position.size()));
        model.services().forEach(s -> s.owns().forEach(e -> current.putIfAbsent(e, s.name())));
        model.entities().forEach(e -> aggregates.computeIfAbsent(e.aggregateRoot(), k -> new ArrayList<>()).add(e.name()));
    }

    /**
     * The cut: proposed service → its entities in declaration order (pinned services first, services
     * without entities last), and notes.
     */
    record Cut(Map<String, List<String>> services, List<ProposalNote> notes) {
    }

    /**
     * @throws InputException when a pin names no service, or the requested number of services
     *                        cannot be reached
     */
    <E> Cut find(Graph<String, E> entityGraph) {
        Map<String, List<String>> pinned = pinned();
        Set<String> taken = new HashSet<>();
        pinned.values().forEach(taken::addAll);
        AggregateGraph contracted = AggregateGraph.contract(model, entityGraph, taken, codeWeight);
        List<ProposalNote> notes = new ArrayList<>();
        List<List<String>> roots;
        if (options.services().isPresent()) {
            int target = options.services().getAsInt() - pinned.size();
            checkReachable(target, contracted, pinned.size());
            ServiceCount count = new ServiceCount(this, contracted, options);
            roots = count.reach(target);
            notes.add(count.note(options.services().getAsInt()));
        } else {
            Clustering<String> clustering = cluster(contracted, options.resolution(), 1);
            noStructure(contracted, clustering).ifPresent(notes::add);
            roots = postProcess(clustering, contracted);
        }
        List<List<String>> entityClusters = new ArrayList<>();
        List<String> largestRoot = new ArrayList<>();
        for (List<String> cluster : roots) {
            List<String> members = new ArrayList<>();
            String largest = cluster.get(0);
            for (String root : sortByModel(cluster)) {
                members.addAll(contracted.members.get(root));
                if (contracted.members.get(root).size() > contracted.members.get(largest).size()) {
                    largest = root;
                }
            }
            entityClusters.add(sortByModel(members));
            largestRoot.add(largest);
        }
        Set<String> reserved = new LinkedHashSet<>(pinned.keySet());
        List<String> stateless = services.values().stream().filter(s -> s.owns().isEmpty()).map(Service::name)
                .filter(name -> !reserved.contains(name)).toList();
        reserved.addAll(stateless);
        List<String> names = ClusterNaming.names(entityClusters, current, model, largestRoot, reserved);
        Map<String, List<String>> proposed = new LinkedHashMap<>(pinned);
        for (int c = 0; c < entityClusters.size(); c++) {
            proposed.put(names.get(c), entityClusters.get(c));
        }
        stateless.forEach(name -> proposed.put(name, List.of()));
        return new Cut(proposed, notes);
    }

    /** Entity → current service, for entities some service owns. */
    Map<String, String> currentOwners() {
        return current;
    }

    private Map<String, List<String>> pinned() {
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
            pinned.put(pin, sortByModel(owned));
        }
        return pinned;
    }

    /** Steps (4) and (4b) on a clustering of the contracted graph; returns clusters of roots. */
    List<List<String>> postProcess(Clustering<String> clustering, AggregateGraph contracted) {
        return separateZones(attachIsolated(clustering, contracted));
    }

    /** Step (3): the chosen algorithm on the contracted graph. */
    Clustering<String> cluster(AggregateGraph contracted, double resolution, int minClusters) {
        int n = contracted.graph.vertexSet().size();
        if (options.algorithm() == ProposeAlgorithm.GIRVAN_NEWMAN && n > GirvanNewmanClustering.MAX_VERTICES) {
            throw new InputException(Diagnostic.error(new SourceLocation("--algorithm", 0, 0), "limit",
                    "girvan-newman is for small models (at most " + GirvanNewmanClustering.MAX_VERTICES
                            + " aggregates, this one has " + n + "); use leiden or louvain"));
        }
        return options.algorithm().create(resolution, options.seed(), minClusters).cluster(contracted.graph);
    }

    private void checkReachable(int target, AggregateGraph contracted, int pins) {
        int aggregates = contracted.graph.vertexSet().size();
        Set<String> zones = new TreeSet<>();
        contracted.members.keySet().forEach(root -> {
            String zone = zoneOf(root);
            if (zone != null) {
                zones.add(zone);
            }
        });
        int fewest = pins + (aggregates == 0 ? 0 : Math.max(1, zones.size()));
        int most = pins + aggregates;
        int requested = options.services().getAsInt();
        String problem = null;
        if (requested > most) {
            problem = "--services " + requested + " asks for more services than there are aggregates to place: "
                    + aggregates + (pins > 0 ? " (plus " + pins + " pinned services)" : "")
                    + ", and an aggregate is never cut; ask for at most " + most;
        } else if (requested < fewest) {
            problem = "--services " + requested + " asks for fewer services than the proposal needs: "
                    + (pins > 0 ? pins + " pinned, " : "")
                    + (zones.size() > 1 ? zones.size() + " security zones that must not share a service ("
                    + String.join(", ", zones) + ")" : "one for the rest")
                    + "; ask for at least " + fewest;
        }
        if (problem != null) {
            throw new InputException(Diagnostic.error(new SourceLocation("--services", 0, 0), "limit", problem));
        }
    }

    /**
     * A note when the algorithm found no structure: among the aggregates related to another (two or
     * more), it put all in one cluster; or none is related to another at all.
     */
    private java.util.Optional<ProposalNote> noStructure(AggregateGraph contracted, Clustering<String> clustering) {
        int aggregates = contracted.graph.vertexSet().size();
        Set<Integer> related = new HashSet<>();
        int relatedAggregates = 0;
        for (String root : contracted.graph.vertexSet()) {
            boolean linked = contracted.graph.edgesOf(root).stream().anyMatch(e -> contracted.graph.getEdgeWeight(e) > 0
                    && !contracted.graph.getEdgeSource(e).equals(contracted.graph.getEdgeTarget(e)));
            if (linked) {
                relatedAggregates++;
                related.add(clustering.clusterOf(root));
            }
        }
        if (aggregates >= 2 && relatedAggregates == 0) {
            return java.util.Optional.of(new ProposalNote.NoRelations(aggregates));
        }
        if (relatedAggregates >= 2 && related.size() == 1) {
            return java.util.Optional.of(new ProposalNote.NoStructure(options.algorithm(), aggregates));
        }
        return java.util.Optional.empty();
    }

    /**
     * Step (4): zero-weight aggregates join their current service's cluster, or stay together by
     * current service when it has no other; returns root clusters.
     */
    private List<List<String>> attachIsolated(Clustering<String> clustering, AggregateGraph contracted) {
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
        // a service none of whose aggregates has weight keeps its isolated aggregates together
        Map<String, List<String>> strays = new LinkedHashMap<>();
        for (List<String> cluster : clusters) {
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
            votes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresentOrElse(best -> {
                clusters.get(best.getKey()).add(root);
                cluster.clear();
            }, () -> {
                if (service != null) {
                    strays.computeIfAbsent(service, k -> new ArrayList<>()).add(root);
                    cluster.clear();
                }
            });
        }
        clusters.removeIf(List::isEmpty);
        clusters.addAll(strays.values());
        return clusters;
    }

    /**
     * Step (4b): security zones are a hard line (SPEC §3: entities of different zones must not share
     * a service). In a cluster holding aggregates of several zones, the zone with the most entities
     * stays with the aggregates that have no zone; every other zone leaves as a cluster of its own.
     */
    private List<List<String>> separateZones(List<List<String>> clusters) {
        List<List<String>> result = new ArrayList<>();
        for (List<String> cluster : clusters) {
            Map<String, List<String>> byZone = new TreeMap<>();
            Map<String, Integer> sizes = new TreeMap<>();
            List<String> neutral = new ArrayList<>();
            for (String root : cluster) {
                String zone = zoneOf(root);
                if (zone == null) {
                    neutral.add(root);
                } else {
                    byZone.computeIfAbsent(zone, k -> new ArrayList<>()).add(root);
                    sizes.merge(zone, aggregates.get(root).size(), Integer::sum);
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
    String zoneOf(String root) {
        Map<String, Integer> votes = new TreeMap<>();
        for (String member : aggregates.getOrDefault(root, List.of())) {
            entities.get(member).securityZone().ifPresent(zone -> votes.merge(zone, 1, Integer::sum));
        }
        return votes.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey).orElse(null);
    }

    private static boolean hasWeight(AggregateGraph contracted, String root) {
        return contracted.graph.edgesOf(root).stream().anyMatch(e -> contracted.graph.getEdgeWeight(e) > 0);
    }

    private List<String> sortByModel(List<String> names) {
        return names.stream().sorted(java.util.Comparator.comparingInt(n -> position.getOrDefault(n, Integer.MAX_VALUE)))
                .toList();
    }
}
