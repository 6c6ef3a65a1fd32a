package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.clustering.Clustering;
import io.mdecomp.analysis.clustering.Modularity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Girvan–Newman divisive clustering (Girvan and Newman 2002) on a similarity graph: repeatedly
 * remove the edge of highest shortest-path betweenness (Brandes 2001, weighted, with distance
 * 1 / w so that strong ties are short), and among the partitions into connected components seen
 * on the way — up to {@code maxExtra} more components than the graph started with — return the
 * one of highest weighted modularity (Newman and Girvan 2004). Ties between edges go to the
 * lexicographically smallest pair of end names, so the result is fully deterministic (JGraphT's
 * implementation copies the graph into identity-hashed edges, whose tie-breaking varies between
 * runs). O(m · (n m + n² log n)) per removal: for small graphs.
 */
final class GirvanNewman {

    private GirvanNewman() {
    }

    static Clustering<String> cluster(Graph<String, DefaultWeightedEdge> graph, int maxExtra) {
        List<String> names = graph.vertexSet().stream().sorted().toList();
        int n = names.size();
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        names.forEach(v -> index.put(v, index.size()));
        double[][] distance = new double[n][n];
        for (double[] row : distance) {
            Arrays.fill(row, Double.NaN);
        }
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            int a = index.get(graph.getEdgeSource(edge));
            int b = index.get(graph.getEdgeTarget(edge));
            double w = graph.getEdgeWeight(edge);
            if (a != b && w > 0 && Double.isFinite(w)) {
                distance[a][b] = 1.0 / w;
                distance[b][a] = 1.0 / w;
            }
        }
        int[] component = components(distance);
        int start = count(component);
        Clustering<String> best = clustering(component, names);
        double bestQ = Modularity.of(graph, best);
        int last = start;
        while (last < start + maxExtra && hasEdges(distance)) {
            int[] edge = strongestBetweenness(distance);
            distance[edge[0]][edge[1]] = Double.NaN;
            distance[edge[1]][edge[0]] = Double.NaN;
            component = components(distance);
            int now = count(component);
            if (now > last) {
                last = now;
                Clustering<String> candidate = clustering(component, names);
                double q = Modularity.of(graph, candidate);
                if (q > bestQ + 1e-12) {
                    bestQ = q;
                    best = candidate;
                }
            }
        }
        return best;
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

    private static Clustering<String> clustering(int[] component, List<String> names) {
        List<List<String>> clusters = new ArrayList<>();
        for (int c = 0; c < count(component); c++) {
            clusters.add(new ArrayList<>());
        }
        for (int v = 0; v < component.length; v++) {
            clusters.get(component[v]).add(names.get(v));
        }
        return Clustering.of(clusters);
    }
}
