package io.mdecomp.analysis.propose;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.analysis.graph.PairIndex;
import io.mdecomp.analysis.placement.CodeCohesion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The entity graph with every aggregate contracted to one vertex named after its root (SPEC §4:
 * no proposal ever cuts an aggregate). Edges of weight ≤ 0 are dropped; the weights between two
 * aggregates are summed; weight inside an aggregate becomes a self-loop, so Newman's Q of an
 * aggregate-respecting partition is the same on this graph as on the entity graph. Vertices
 * and edges are added in the model's declaration order, so the result is deterministic. O(n + m).
 */
final class AggregateGraph {

    final Graph<String, DefaultWeightedEdge> graph;
    /** Aggregate root → its entities, in declaration order. */
    final Map<String, List<String>> members;

    private AggregateGraph(Graph<String, DefaultWeightedEdge> graph, Map<String, List<String>> members) {
        this.graph = graph;
        this.members = members;
    }

    /**
     * Contracts {@code entityGraph}, leaving out the entities in {@code excluded} (pinned services).
     * When the model has components, the code's own evidence ({@link CodeCohesion}) is added,
     * scaled to {@code codeWeight} times the total weight of the contracted entity graph (to weight
     * 1 when that graph has none); {@code codeWeight} 0 leaves it out.
     */
    static <E> AggregateGraph contract(DomainModel model, Graph<String, E> entityGraph, Set<String> excluded,
                                       double codeWeight) {
        Map<String, String> rootOf = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Entity entity : (Iterable<Entity>) model.entities()::iterator) {
            if (!excluded.contains(entity.name())) {
                rootOf.put(entity.name(), entity.aggregateRoot());
                members.computeIfAbsent(entity.aggregateRoot(), k -> new ArrayList<>()).add(entity.name());
            }
        }
        Graph<String, DefaultWeightedEdge> graph = new DefaultUndirectedWeightedGraph<>(DefaultWeightedEdge.class);
        members.keySet().forEach(graph::addVertex);
        Map<String, Integer> rootNumber = new HashMap<>();
        List<String> roots = new ArrayList<>(members.keySet());
        roots.forEach(root -> rootNumber.put(root, rootNumber.size()));
        // weights between aggregates, summed in the order the pairs are first met
        PairIndex pairs = new PairIndex();
        double[] weights = new double[64];
        for (E edge : entityGraph.edgeSet()) {
            double w = entityGraph.getEdgeWeight(edge);
            String a = rootOf.get(entityGraph.getEdgeSource(edge));
            String b = rootOf.get(entityGraph.getEdgeTarget(edge));
            if (!(w > 0) || !Double.isFinite(w) || a == null || b == null) {
                continue;
            }
            int pair = pairs.numberOf(rootNumber.get(a), rootNumber.get(b));
            if (pair == weights.length) {
                weights = Arrays.copyOf(weights, pair * 2);
            }
            weights[pair] += w;
        }
        List<CodeCohesion.Tie> ties = codeWeight > 0 ? CodeCohesion.of(model.components(), rootOf) : List.of();
        double criteria = Arrays.stream(weights, 0, pairs.size()).sum();
        double code = ties.stream().mapToDouble(CodeCohesion.Tie::weight).sum();
        for (CodeCohesion.Tie tie : ties) {
            int pair = pairs.numberOf(rootNumber.get(tie.a()), rootNumber.get(tie.b()));
            if (pair == weights.length) {
                weights = Arrays.copyOf(weights, pair * 2);
            }
            weights[pair] += tie.weight() * (criteria > 0 ? codeWeight * criteria / code : 1 / code);
        }
        for (int pair = 0; pair < pairs.size(); pair++) {
            String a = roots.get(pairs.low(pair));
            String b = roots.get(pairs.high(pair));
            DefaultWeightedEdge edge = a.compareTo(b) <= 0 ? graph.addEdge(a, b) : graph.addEdge(b, a);
            graph.setEdgeWeight(edge, weights[pair]);
        }
        return new AggregateGraph(graph, members);
    }
}
