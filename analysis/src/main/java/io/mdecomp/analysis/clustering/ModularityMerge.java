package io.mdecomp.analysis.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jgrapht.Graph;

/**
 * Greedy agglomeration by modularity gain (Clauset, Newman and Moore 2004, "Finding community
 * structure in very large networks"), started from a given clustering instead of singletons:
 * while more than {@code target} clusters remain, merge the pair whose union raises the weighted
 * {@link Modularity} with resolution γ the most,
 *
 * <pre>ΔQ(a, b) = w_ab / m − γ · D_a · D_b / (2m²)</pre>
 *
 * (w_ab the weight between the clusters, D their weighted degrees, m the total weight). Pairs
 * joined by an edge are preferred; when none may merge, the two compatible clusters of smallest
 * degree product (then smallest combined size) merge, which is the largest ΔQ among unjoined pairs.
 * Two clusters merge only when their <em>colours</em> agree: a vertex's colour is given by a
 * function (null for none), a cluster's colour is that of its coloured vertices, and clusters of
 * two different colours never merge (mdecomp uses security zones). Ties go to the lowest cluster
 * positions, so the result is deterministic. Merged clusters take the position of the first;
 * vertices keep their order. Edges of weight ≤ 0 are ignored. O(k · (k + p)) for k clusters and p
 * joined cluster pairs.
 */
public final class ModularityMerge {

    private final double resolution;

    /** @param resolution γ &gt; 0 of the modularity whose gain chooses the merges */
    public ModularityMerge(double resolution) {
        this.resolution = IntGraph.checkedResolution(resolution);
    }

    /**
     * Merges clusters of {@code clustering} until {@code target} remain or no allowed pair is left.
     * Vertices of {@code graph} that {@code clustering} does not contain are ignored.
     *
     * @param colour a vertex's colour, or null; clusters of two different colours never merge
     * @return the merged clustering; it has more than {@code target} clusters only when colours
     *         forbid every remaining merge
     */
    public <V, E> Clustering<V> merge(Graph<V, E> graph, Clustering<V> clustering, int target,
                                      Function<V, Object> colour) {
        IntGraph.requireUndirected(graph);
        int k = clustering.size();
        List<List<V>> members = new ArrayList<>();
        List<Object> colours = new ArrayList<>();
        for (var cluster : clustering.clusters()) {
            members.add(new ArrayList<>(cluster));
            Object found = null;
            for (V vertex : cluster) {
                Object c = colour.apply(vertex);
                if (c != null && found == null) {
                    found = c;
                }
            }
            colours.add(found);
        }
        double[] degree = new double[k];
        List<Map<Integer, Double>> between = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            between.add(new TreeMap<>());
        }
        double total = 0;
        for (E edge : graph.edgeSet()) {
            double w = graph.getEdgeWeight(edge);
            int a = clustering.clusterOf(graph.getEdgeSource(edge));
            int b = clustering.clusterOf(graph.getEdgeTarget(edge));
            if (!(w > 0) || !Double.isFinite(w) || a < 0 || b < 0) {
                continue;
            }
            total += w;
            degree[a] += w;
            degree[b] += w;
            if (a != b) {
                between.get(a).merge(b, w, Double::sum);
                between.get(b).merge(a, w, Double::sum);
            }
        }
        boolean[] gone = new boolean[k];
        int remaining = k;
        while (remaining > target) {
            int[] pair = bestJoined(between, degree, colours, gone, total);
            if (pair == null) {
                pair = bestUnjoined(degree, members, colours, gone);
            }
            if (pair == null) {
                break;
            }
            absorb(pair[0], pair[1], members, colours, degree, between, gone);
            remaining--;
        }
        List<List<V>> result = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (!gone[c]) {
                result.add(members.get(c));
            }
        }
        return Clustering.of(result);
    }

    private int[] bestJoined(List<Map<Integer, Double>> between, double[] degree, List<Object> colours,
                             boolean[] gone, double total) {
        int[] best = null;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < between.size(); a++) {
            if (gone[a]) {
                continue;
            }
            for (Map.Entry<Integer, Double> entry : between.get(a).entrySet()) {
                int b = entry.getKey();
                if (b <= a || !compatible(colours.get(a), colours.get(b))) {
                    continue;
                }
                double gain = entry.getValue() / total - resolution * degree[a] * degree[b] / (2 * total * total);
                if (gain > bestGain + 1e-12) {
                    bestGain = gain;
                    best = new int[] {a, b};
                }
            }
        }
        return best;
    }

    private static <V> int[] bestUnjoined(double[] degree, List<List<V>> members, List<Object> colours,
                                          boolean[] gone) {
        int[] best = null;
        double bestProduct = Double.POSITIVE_INFINITY;
        int bestSize = Integer.MAX_VALUE;
        for (int a = 0; a < degree.length; a++) {
            for (int b = a + 1; b < degree.length && !gone[a]; b++) {
                if (gone[b] || !compatible(colours.get(a), colours.get(b))) {
                    continue;
                }
                double product = degree[a] * degree[b];
                int size = members.get(a).size() + members.get(b).size();
                if (product < bestProduct - 1e-12 || Math.abs(product - bestProduct) <= 1e-12 && size < bestSize) {
                    bestProduct = product;
                    bestSize = size;
                    best = new int[] {a, b};
                }
            }
        }
        return best;
    }

    private static <V> void absorb(int a, int b, List<List<V>> members, List<Object> colours, double[] degree,
                                   List<Map<Integer, Double>> between, boolean[] gone) {
        members.get(a).addAll(members.get(b));
        members.get(b).clear();
        if (colours.get(a) == null) {
            colours.set(a, colours.get(b));
        }
        degree[a] += degree[b];
        Map<Integer, Double> moved = new HashMap<>(between.get(b));
        between.get(b).clear();
        moved.remove(a);
        between.get(a).remove(b);
        for (Map.Entry<Integer, Double> entry : moved.entrySet()) {
            int c = entry.getKey();
            between.get(c).remove(b);
            between.get(a).merge(c, entry.getValue(), Double::sum);
            between.get(c).merge(a, entry.getValue(), Double::sum);
        }
        gone[b] = true;
    }

    private static boolean compatible(Object a, Object b) {
        return a == null || b == null || Objects.equals(a, b);
    }
}
