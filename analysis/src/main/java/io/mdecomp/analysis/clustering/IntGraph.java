package io.mdecomp.analysis.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * A compact weighted undirected graph over vertices {@code 0..n-1} in compressed sparse rows, the
 * working form of the clustering algorithms. Each undirected edge appears in both endpoints' rows;
 * parallel edges are summed; a vertex's own internal weight (after aggregation) is its self-loop.
 * Edges of weight ≤ 0 (and non-finite weights) are left out: modularity needs non-negative weights.
 */
final class IntGraph {

    final int n;
    final int[] offsets;
    final int[] targets;
    final double[] weights;
    /** Internal weight of each vertex, counted once. */
    final double[] selfLoops;
    /** Weighted degree: Σ_{j≠i} w_ij + 2 · selfLoop_i. */
    final double[] degrees;
    /** 2m: the sum of all degrees. */
    final double twiceTotal;

    private IntGraph(int n, int[] offsets, int[] targets, double[] weights, double[] selfLoops) {
        this.n = n;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.selfLoops = selfLoops;
        this.degrees = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double degree = 2 * selfLoops[i];
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                degree += weights[p];
            }
            degrees[i] = degree;
            sum += degree;
        }
        this.twiceTotal = sum;
    }

    /** The vertices of {@code graph} in its iteration order, numbered from 0. */
    static <V> Map<V, Integer> numbering(Graph<V, ?> graph) {
        Map<V, Integer> index = new LinkedHashMap<>();
        for (V vertex : graph.vertexSet()) {
            index.put(vertex, index.size());
        }
        return index;
    }

    /**
     * Reads {@code graph} with the given numbering. O(n + m).
     *
     * @throws IllegalArgumentException when {@code graph} has directed edges: modularity and the
     *                                  algorithms built on it are defined for undirected graphs
     */
    static <V, E> IntGraph of(Graph<V, E> graph, Map<V, Integer> index) {
        requireUndirected(graph);
        int n = index.size();
        List<Map<Integer, Double>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new LinkedHashMap<>());
        }
        double[] selfLoops = new double[n];
        for (E edge : graph.edgeSet()) {
            double w = graph.getEdgeWeight(edge);
            if (!(w > 0) || !Double.isFinite(w)) {
                continue;
            }
            int s = index.get(graph.getEdgeSource(edge));
            int t = index.get(graph.getEdgeTarget(edge));
            if (s == t) {
                selfLoops[s] += w;
            } else {
                rows.get(s).merge(t, w, Double::sum);
                rows.get(t).merge(s, w, Double::sum);
            }
        }
        return fromRows(n, rows, selfLoops);
    }

    /** Refuses a directed or mixed graph, whose edge weights would count once instead of twice. */
    static void requireUndirected(Graph<?, ?> graph) {
        if (!graph.getType().isUndirected()) {
            throw new IllegalArgumentException("clustering needs an undirected graph, got a "
                    + (graph.getType().isDirected() ? "directed" : "mixed") + " one");
        }
    }

    private static IntGraph fromRows(int n, List<Map<Integer, Double>> rows, double[] selfLoops) {
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + rows.get(i).size();
        }
        int[] targets = new int[offsets[n]];
        double[] weights = new double[offsets[n]];
        for (int i = 0; i < n; i++) {
            int p = offsets[i];
            for (Map.Entry<Integer, Double> entry : rows.get(i).entrySet()) {
                targets[p] = entry.getKey();
                weights[p] = entry.getValue();
                p++;
            }
        }
        return new IntGraph(n, offsets, targets, weights, selfLoops);
    }

    /**
     * The graph whose vertices are the communities {@code 0..count-1} of {@code community}: the
     * weight between two communities is the sum of the weights between their members, a
     * community's self-loop its internal weight. O(n + m).
     */
    IntGraph aggregate(int[] community, int count) {
        List<Map<Integer, Double>> rows = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            rows.add(new HashMap<>());
        }
        double[] loops = new double[count];
        for (int i = 0; i < n; i++) {
            int ci = community[i];
            loops[ci] += selfLoops[i];
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                int cj = community[targets[p]];
                if (ci == cj) {
                    loops[ci] += weights[p] / 2;
                } else {
                    rows.get(ci).merge(cj, weights[p], Double::sum);
                }
            }
        }
        // sort each row so the aggregated graph does not depend on hash order
        List<Map<Integer, Double>> sorted = new ArrayList<>(count);
        for (Map<Integer, Double> row : rows) {
            sorted.add(new java.util.TreeMap<>(row));
        }
        return fromRows(count, sorted, loops);
    }

    /** Renumbers community ids to 0..k-1 in order of first appearance; returns k. */
    static int renumber(int[] community) {
        int[] map = new int[community.length];
        java.util.Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < community.length; i++) {
            int c = community[i];
            if (map[c] < 0) {
                map[c] = next++;
            }
            community[i] = map[c];
        }
        return next;
    }

    /** The singleton partition 0, 1, ..., n-1: every vertex in its own community. */
    static int[] identity(int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return ids;
    }

    /** The resolution γ of modularity, checked: positive and finite. */
    static double checkedResolution(double resolution) {
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a positive number, got " + resolution);
        }
        return resolution;
    }

    /** A permutation of 0..n-1 drawn from {@code random} (Fisher–Yates). */
    static int[] shuffledOrder(int n, java.util.SplittableRandom random) {
        int[] order = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
