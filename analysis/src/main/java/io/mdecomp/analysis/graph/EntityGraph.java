package io.mdecomp.analysis.graph;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The entity graph (SPEC §4, after Service Cutter): vertices are entities in declaration order,
 * an edge joins two entities a cohesion criterion relates, weighted Σ priority × score with every
 * {@link Term} kept on the {@link EntityEdge}.
 *
 * <p>Criteria: identity and lifecycle (+10 in one aggregate); semantic proximity (per use case or
 * endpoint written-written +10, read-written +3, read-read +3, per reference +1, normalised so the
 * 90th-percentile pair scores 10, capped at 10); latency (+10 used together by a latency-critical
 * use case); shared owner (+10 when the pair's services share a team); compatibility criteria
 * (−|wᵢ − wⱼ|); security zone (−10 across zones); pinned service (+10 inside, −10 across).
 * Only the cohesion criteria and pinning create edges; the others adjust existing edges (see
 * {@code docs/metrics.md}), which keeps the graph sparse: building it is linear in the number of
 * related pairs.
 *
 * <p>{@link #positive()} keeps the edges of weight &gt; 0 for clustering (negative pairs remain in
 * {@link #graph()} as separation hints); {@link #contracted()} merges each aggregate into one
 * vertex named after its root so no clustering cuts an aggregate.
 */
public final class EntityGraph {

    private final List<String> entities;
    private final Map<String, Integer> position;
    private final Map<String, String> aggregateOf;
    private final Map<String, List<String>> aggregates;
    private final Graph<String, EntityEdge> graph;
    private final List<EntityEdge> edges;
    private final Ownership ownership;

    EntityGraph(List<Entity> entityList, List<EntityEdge> edgeList, Ownership ownership) {
        this.ownership = ownership;
        CompactWeightedGraph<String, EntityEdge> g = new CompactWeightedGraph<>();
        List<String> names = new ArrayList<>();
        Map<String, String> aggregateOf = new HashMap<>();
        Map<String, List<String>> aggregates = new LinkedHashMap<>();
        for (Entity entity : entityList) {
            if (g.addVertex(entity.name())) {
                names.add(entity.name());
                aggregateOf.put(entity.name(), entity.aggregateRoot());
                aggregates.computeIfAbsent(entity.aggregateRoot(), k -> new ArrayList<>()).add(entity.name());
            }
        }
        for (EntityEdge edge : edgeList) {
            g.addEdge(edge.first(), edge.second(), edge);
            g.setEdgeWeight(edge, edge.weight());
        }
        aggregates.replaceAll((k, v) -> List.copyOf(v));
        this.entities = List.copyOf(names);
        Map<String, Integer> positions = new HashMap<>();
        names.forEach(name -> positions.put(name, positions.size()));
        this.position = Collections.unmodifiableMap(positions);
        this.aggregateOf = Collections.unmodifiableMap(aggregateOf);
        this.aggregates = Collections.unmodifiableMap(aggregates);
        this.graph = new AsUnmodifiableGraph<>(g);
        this.edges = List.copyOf(edgeList);
    }

    /** The entity graph of {@code model}'s current cut, without pinned services. */
    public static EntityGraph of(DomainModel model, AnalysisSettings settings) {
        return of(model, settings, List.of());
    }

    /**
     * The entity graph with the pinned-service constraint: every pair of entities of a pinned
     * service scores +10 (an edge even when nothing else relates them), every related pair with
     * exactly one side in a pinned service −10 ({@code propose --pin}).
     */
    public static EntityGraph of(DomainModel model, AnalysisSettings settings, Collection<String> pinnedServices) {
        return new EntityGraphBuilder(model, settings, Ownership.of(model), pinnedServices).build();
    }

    /** The graph, read-only; edge weights are {@link EntityEdge#weight()}. */
    public Graph<String, EntityEdge> graph() {
        return graph;
    }

    /** All edges, ordered by their entities' declaration order. */
    public List<EntityEdge> edges() {
        return edges;
    }

    /** Entity names in declaration order. */
    public List<String> entities() {
        return entities;
    }

    /** The current cut the graph was built with. */
    public Ownership ownership() {
        return ownership;
    }

    /** The edge between two entities, if they are related. */
    public Optional<EntityEdge> edge(String a, String b) {
        return graph.containsVertex(a) && graph.containsVertex(b)
                ? Optional.ofNullable(graph.getEdge(a, b)) : Optional.empty();
    }

    /**
     * The weight of the positive edges whose entities lie in two different groups ({@code groupOf}:
     * entity → group; other entities count for none), added up in the order of {@link #edges()},
     * as a scan of every edge would. O(grouped entities log grouped entities + their edges).
     */
    public double weightBetween(Map<String, Integer> groupOf) {
        List<String> grouped = new ArrayList<>();
        groupOf.keySet().forEach(entity -> {
            if (position.containsKey(entity)) {
                grouped.add(entity);
            }
        });
        grouped.sort(java.util.Comparator.comparing(position::get));
        double weight = 0;
        for (String entity : grouped) {
            Integer group = groupOf.get(entity);
            for (EntityEdge edge : graph.edgesOf(entity)) {
                // each edge once, from its first entity: the edges of one entity are in edge order
                Integer other = groupOf.get(edge.second());
                if (edge.first().equals(entity) && edge.weight() > 0 && other != null && !other.equals(group)) {
                    weight += edge.weight();
                }
            }
        }
        return weight;
    }

    /** The aggregate root of {@code entity}. */
    public String aggregateOf(String entity) {
        return aggregateOf.getOrDefault(entity, entity);
    }

    /** Aggregate root → members (root first when declared first), in declaration order. */
    public Map<String, List<String>> aggregates() {
        return aggregates;
    }

    /** The same vertices with only the edges of weight &gt; 0: what clustering and metrics read. */
    public Graph<String, DefaultWeightedEdge> positive() {
        SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        entities.forEach(g::addVertex);
        for (EntityEdge edge : edges) {
            if (edge.weight() > 0) {
                g.setEdgeWeight(g.addEdge(edge.first(), edge.second()), edge.weight());
            }
        }
        return new AsUnmodifiableGraph<>(g);
    }

    /** {@link #contracted(Collection)} over every entity. */
    public Graph<String, DefaultWeightedEdge> contracted() {
        return contracted(entities);
    }

    /**
     * The aggregate-contracted graph induced by {@code subset}: one vertex per aggregate (named
     * after its root) with a member in the subset, the weight between two aggregates the sum of
     * the weights between their members in the subset, and a self-loop carrying the aggregate's
     * internal weight (so modularity still sees how cohesive each aggregate is); sums ≤ 0 give no
     * edge. Vertices follow declaration order. O(|subset| + edges incident to it).
     */
    public Graph<String, DefaultWeightedEdge> contracted(Collection<String> subset) {
        Set<String> inside = new HashSet<>(subset);
        DefaultUndirectedWeightedGraph<String, DefaultWeightedEdge> g =
                new DefaultUndirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (String entity : entities) {
            if (inside.contains(entity)) {
                g.addVertex(aggregateOf(entity));
            }
        }
        Map<String, Map<String, Double>> sums = new TreeMap<>();
        for (String entity : entities) {
            if (!inside.contains(entity)) {
                continue;
            }
            for (EntityEdge edge : graph.edgesOf(entity)) {
                // each edge once: from its first entity
                if (!edge.first().equals(entity) || !inside.contains(edge.second())) {
                    continue;
                }
                String a = aggregateOf(edge.first());
                String b = aggregateOf(edge.second());
                String lo = a.compareTo(b) < 0 ? a : b;
                String hi = a.compareTo(b) < 0 ? b : a;
                sums.computeIfAbsent(lo, k -> new TreeMap<>()).merge(hi, edge.weight(), Double::sum);
            }
        }
        sums.forEach((a, row) -> row.forEach((b, w) -> {
            if (w > 0) {
                g.setEdgeWeight(g.addEdge(a, b), w);
            }
        }));
        return new AsUnmodifiableGraph<>(g);
    }
}
