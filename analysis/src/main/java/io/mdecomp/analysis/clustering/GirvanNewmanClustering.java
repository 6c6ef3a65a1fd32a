package io.mdecomp.analysis.clustering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.jgrapht.Graph;

/**
 * Girvan–Newman divisive clustering (Girvan and Newman 2002) on a similarity graph: repeatedly
 * remove the edge of highest shortest-path betweenness (Brandes 2001, weighted, with distance
 * 1 / w so that strong ties are short), and among the partitions into connected components seen
 * on the way return the one of highest weighted {@link Modularity} (Newman and Girvan 2004) that
 * has at least {@code minClusters} clusters. The search stops at {@code maxExtra} more components
 * than the graph started with, or earlier when the edges run out, but never before
 * {@code minClusters} components are reached. Ties between edges go to the pair of smallest
 * vertex numbers in the graph's iteration order, so the result is fully deterministic (JGraphT's
 * implementation copies the graph into identity-hashed edges, whose tie-breaking varies between
 * runs). Edges of weight ≤ 0 are ignored. O(m · (n m + n² log n)) per removal: for small graphs
 * ({@link #MAX_VERTICES}).
 *
 * @param <V> the vertex type
 */
public final class GirvanNewmanClustering<V> implements ClusteringAlgorithm<V> {

    /** The largest graph this algorithm is meant for: its cost grows as n³ m. */
    public static final int MAX_VERTICES = 300;

    private final int maxExtra;
    private final int minClusters;

    /**
     * @param maxExtra    how many components beyond the graph's own it may cut, ≥ 0
     * @param minClusters the fewest clusters the result may have, ≥ 1 (capped at the vertex count)
     */
    public GirvanNewmanClustering(int maxExtra, int minClusters) {
        if (maxExtra < 0 || minClusters < 1) {
            throw new IllegalArgumentException("need maxExtra >= 0 and minClusters >= 1, got " + maxExtra + " and "
                    + minClusters);
        }
        this.maxExtra = maxExtra;
        this.minClusters = minClusters;
    }

    /**
     * @throws IllegalArgumentException when the graph is directed or has more than
     *                                  {@link #MAX_VERTICES} vertices
     */
    @Override
    public <E> Clustering<V> cluster(Graph<V, E> graph) {
        IntGraph.requireUndirected(graph);
        Map<V, Integer> index = IntGraph.numbering(graph);
        int n = index.size();
        if (n > MAX_VERTICES) {
            throw new IllegalArgumentException("girvan-newman is for graphs of at most " + MAX_VERTICES
                    + " vertices, got " + n);
        }
        List<V> vertices = new ArrayList<>(index.keySet());
        double[][] distance = new double[n][n];
        for (double[] row : distance) {
            Arrays.fill(row, Double.NaN);
        }
        for (E edge : graph.edgeSet()) {
            int a = index.get(graph.getEdgeSource(edge));
            int b = index.get(graph.getEdgeTarget(edge));
            double w = graph.getEdgeWeight(edge);
            if (a != b && w > 0 && Double.isFinite(w)) {
                distance[a][b] = 1.0 / w;
                distance[b][a] = 1.0 / w;
            }
        }
        int[] component = components(distance);
        int last = count(component);
        int stop = Math.max(last + maxExtra, Math.min(minClusters, n));
        Clustering<V> best = last >= minClusters || last == n ? clustering(component, vertices) : null;
        double bestQ = best == null ? Double.NEGATIVE_INFINITY : Modularity.of(graph, best);
        while (last < stop && hasEdges(distance)) {
            int[] edge = strongestBetweenness(distance);
            distance[edge[0]][edge[1]] = Double.NaN;
            distance[edge[1]][edge[0]] = Double.NaN;
            component = components(distance);
            int now = count(component);
            if (now > last) {
                last = now;
                Clustering<V> candidate = clustering(component, vertices);
                double q = Modularity.of(graph, candidate);
                if ((now >= minClusters || now == n) && (best == null || q > bestQ + 1e-12)) {
                    bestQ = q;
                    best = candidate;
                }
            }
        }
        return best != null ? best : clustering(component, vertices);
    }

    private static int[] strongestBetweenness(double[][] distance) {
        int n = distance.length;
        double[][] betweenness = new double[n][n];
        for (int s = 0; s < n; s++) {
            double[] dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            double[] sigma = new double[n];
            List<List<Integer>> predecessors = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                predecessors.add(new ArrayList<>());
            }
            Deque<Integer> order = new ArrayDeque<>();
            boolean[] done = new boolean[n];
            dist[s] = 0;
            sigma[s] = 1;
            PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> x[0] != y[0]
                    ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
            queue.add(new double[] {0, s});
            while (!queue.isEmpty()) {
                double[] head = queue.poll();
                int v = (int) head[1];
                if (done[v]) {
                    continue;
                }
                done[v] = true;
                order.push(v);
                for (int w = 0; w < n; w++) {
                    double d = distance[v][w];
                    if (Double.isNaN(d) || done[w]) {
                        continue;
                    }
                    double candidate = dist[v] + d;
                    if (candidate < dist[w] - 1e-12) {
                        dist[w] = candidate;
                        sigma[w] = sigma[v];
                        predecessors.get(w).clear();
                        predecessors.get(w).add(v);
                        queue.add(new double[] {candidate, w});
                    } else if (Math.abs(candidate - dist[w]) <= 1e-12) {
                        sigma[w] += sigma[v];
                        predecessors.get(w).add(v);
                    }
                }
            }
            double[] delta = new double[n];
            while (!order.isEmpty()) {
                int w = order.pop();
                for (int v : predecessors.get(w)) {
                    double share = sigma[v] / sigma[w] * (1 + delta[w]);
                    betweenness[Math.min(v, w)][Math.max(v, w)] += share;
                    delta[v] += share;
                }
            }
        }
        int[] best = null;
        double most = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (!Double.isNaN(distance[a][b]) && betweenness[a][b] > most + 1e-9) {
                    most = betweenness[a][b];
                    best = new int[] {a, b};
                }
            }
        }
        return best;
    }

    private static boolean hasEdges(double[][] distance) {
        for (double[] row : distance) {
            for (double d : row) {
                if (!Double.isNaN(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] components(double[][] distance) {
        int n = distance.length;
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            Deque<Integer> stack = new ArrayDeque<>();
            stack.push(s);
            component[s] = next;
            while (!stack.isEmpty()) {
                int v = stack.pop();
                for (int w = 0; w < n; w++) {
                    if (!Double.isNaN(distance[v][w]) && component[w] < 0) {
                        component[w] = next;
                        stack.push(w);
                    }
                }
            }
            next++;
        }
        return component;
    }

    private static int count(int[] component) {
        return Arrays.stream(component).max().orElse(-1) + 1;
    }

    private static <V> Clustering<V> clustering(int[] component, List<V> names) {
        List<List<V>> clusters = new ArrayList<>();
        for (int c = 0; c < count(component); c++) {
            clusters.add(new ArrayList<>());
        }
        for (int v = 0; v < component.length; v++) {
            clusters.get(component[v]).add(names.get(v));
        }
        return Clustering.of(clusters);
    }
}
