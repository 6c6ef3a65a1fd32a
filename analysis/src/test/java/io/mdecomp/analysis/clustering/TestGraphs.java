package io.mdecomp.analysis.clustering;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Small graphs with known community structure, and a seeded random-graph generator. */
final class TestGraphs {

    /** Zachary's karate club (1977): 34 members, 78 friendships, vertices 0..33. */
    static final int[][] KARATE = {
        {0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}, {0, 10}, {0, 11}, {0, 12},
        {0, 13}, {0, 17}, {0, 19}, {0, 21}, {0, 31}, {1, 2}, {1, 3}, {1, 7}, {1, 13}, {1, 17}, {1, 19},
        {1, 21}, {1, 30}, {2, 3}, {2, 7}, {2, 8}, {2, 9}, {2, 13}, {2, 27}, {2, 28}, {2, 32}, {3, 7},
        {3, 12}, {3, 13}, {4, 6}, {4, 10}, {5, 6}, {5, 10}, {5, 16}, {6, 16}, {8, 30}, {8, 32}, {8, 33},
        {9, 33}, {13, 33}, {14, 32}, {14, 33}, {15, 32}, {15, 33}, {18, 32}, {18, 33}, {19, 33},
        {20, 32}, {20, 33}, {22, 32}, {22, 33}, {23, 25}, {23, 27}, {23, 29}, {23, 32}, {23, 33},
        {24, 25}, {24, 27}, {24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31}, {28, 33},
        {29, 32}, {29, 33}, {30, 32}, {30, 33}, {31, 32}, {31, 33}, {32, 33}};

    /** The members who followed the instructor ("Mr. Hi") after the club split. */
    static final int[] KARATE_INSTRUCTOR_FACTION = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21};

    private TestGraphs() {
    }

    static Graph<Integer, DefaultWeightedEdge> karate() {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 34; v++) {
            graph.addVertex(v);
        }
        for (int[] edge : KARATE) {
            graph.setEdgeWeight(graph.addEdge(edge[0], edge[1]), 1.0);
        }
        return graph;
    }

    /** Two 5-cliques (0..4 and 5..9) of weight {@code w} joined by the edge 4–5 of weight 1. */
    static Graph<Integer, DefaultWeightedEdge> twoCliques(double w) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 10; v++) {
            graph.addVertex(v);
        }
        for (int base = 0; base <= 5; base += 5) {
            for (int i = base; i < base + 5; i++) {
                for (int j = i + 1; j < base + 5; j++) {
                    graph.setEdgeWeight(graph.addEdge(i, j), w);
                }
            }
        }
        graph.setEdgeWeight(graph.addEdge(4, 5), 1.0);
        return graph;
    }

    /**
     * A planted-partition graph: {@code n} vertices in groups of about 8, each pair inside a group
     * joined with probability 0.6, across groups with probability 2/n, weights in [1, 10); a few
     * isolated vertices.
     */
    static Graph<Integer, DefaultWeightedEdge> random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 20 + random.nextInt(120);
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            graph.addVertex(v);
        }
        for (int i = 0; i < n - 3; i++) {
            for (int j = i + 1; j < n - 3; j++) {
                double p = i / 8 == j / 8 ? 0.6 : 2.0 / n;
                if (random.nextDouble() < p) {
                    graph.setEdgeWeight(graph.addEdge(i, j), 1 + 9 * random.nextDouble());
                }
            }
        }
        return graph;
    }
}
