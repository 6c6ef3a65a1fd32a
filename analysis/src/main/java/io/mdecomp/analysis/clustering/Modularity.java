package io.mdecomp.analysis.clustering;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Newman's weighted modularity of a partition (Newman 2004, "Analysis of weighted networks"),
 * with a resolution parameter γ (Reichardt and Bornholdt 2006):
 *
 * <pre>Q = Σ_c [ W_c / m − γ · (D_c / 2m)² ]</pre>
 *
 * where m is the total edge weight, W_c the weight of edges inside cluster c and D_c the sum of the
 * weighted degrees of its vertices. Edges of weight ≤ 0 are left out (modularity is defined for
 * non-negative weights), as the clustering algorithms do. Vertices the clustering does not
 * contain count as clusters of their own. Q lies in [−1/2, 1); Q = 0 for an edgeless graph.
 * Running time O(n + m).
 */
public final class Modularity {

    private Modularity() {
    }

    /** Q with γ = 1. */
    public static <V, E> double of(Graph<V, E> graph, Clustering<V> clustering) {
        return of(graph, clustering, 1.0);
    }

    /** Q with resolution {@code resolution} (γ). O(V + E). */
    public static <V, E> double of(Graph<V, E> graph, Clustering<V> clustering, double resolution) {
        Map<V, Integer> singletons = new HashMap<>();
        int base = clustering.size();
        double total = 0;
        // per cluster (vertices in no cluster get one each, numbered from base): internal weight, degree
        double[] internal = new double[base + graph.vertexSet().size()];
        double[] degree = new double[internal.length];
        for (E edge : graph.edgeSet()) {
            double w = graph.getEdgeWeight(edge);
            if (!(w > 0) || !Double.isFinite(w)) {
                continue;
            }
            int cs = cluster(clustering, graph.getEdgeSource(edge), singletons, base);
            int ct = cluster(clustering, graph.getEdgeTarget(edge), singletons, base);
            total += w;
            degree[cs] += w;
            degree[ct] += w;
            if (cs == ct) {
                internal[cs] += w;
            }
        }
        if (total == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < internal.length; c++) {
            double share = degree[c] / (2 * total);
            q += internal[c] / total - resolution * share * share;
        }
        return q;
    }

    private static <V> int cluster(Clustering<V> clustering, V vertex, Map<V, Integer> singletons, int base) {
        int c = clustering.clusterOf(vertex);
        if (c >= 0) {
            return c;
        }
        return singletons.computeIfAbsent(vertex, v -> base + singletons.size());
    }
}
