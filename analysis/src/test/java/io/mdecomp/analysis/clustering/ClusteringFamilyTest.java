package io.mdecomp.analysis.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Girvan–Newman and label propagation as members of the family, and what every member refuses. */
class ClusteringFamilyTest {

    private static Graph<String, DefaultWeightedEdge> graph() {
        return new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    }

    private static void edge(Graph<String, DefaultWeightedEdge> g, String a, String b, double w) {
        g.addVertex(a);
        g.addVertex(b);
        g.setEdgeWeight(g.addEdge(a, b), w);
    }

    @Test
    void girvanNewmanFindsTheKnownKarateClubOptimumOfItsDendrogram() {
        Clustering<Integer> clustering = new GirvanNewmanClustering<Integer>(12, 1).cluster(TestGraphs.karate());

        // Newman and Girvan (2004): the best partition of the karate club's dendrogram has 5 groups, Q = 0.401
        assertThat(clustering.size()).isEqualTo(5);
        assertThat(Modularity.of(TestGraphs.karate(), clustering)).isCloseTo(0.401, within(1e-3));
    }

    @Test
    void girvanNewmanCutsAtLeastTheRequestedNumberOfClustersWithoutMixingTheCliques() {
        Graph<Integer, DefaultWeightedEdge> graph = TestGraphs.twoCliques(3.0);

        Clustering<Integer> three = new GirvanNewmanClustering<Integer>(0, 3).cluster(graph);

        // the bridge goes first (it carries every path between the cliques), then one clique loses a vertex
        assertThat(three.size()).isEqualTo(3);
        for (Set<Integer> cluster : three.clusters()) {
            assertThat(cluster.stream().map(v -> v < 5).distinct()).as("%s", cluster).hasSize(1);
        }
        assertThat(new GirvanNewmanClustering<Integer>(0, 1).cluster(graph).size()).isEqualTo(1);
    }

    @Test
    void girvanNewmanRefusesLargeGraphsAndBadSettings() {
        Graph<String, DefaultWeightedEdge> big = graph();
        for (int i = 0; i <= GirvanNewmanClustering.MAX_VERTICES; i++) {
            big.addVertex("v" + i);
        }
        assertThatThrownBy(() -> new GirvanNewmanClustering<String>(12, 1).cluster(big))
                .hasMessageContaining("at most 300 vertices, got 301");
        assertThatThrownBy(() -> new GirvanNewmanClustering<String>(-1, 1)).hasMessageContaining("maxExtra");
        assertThatThrownBy(() -> new GirvanNewmanClustering<String>(0, 0)).hasMessageContaining("minClusters");
    }

    @Test
    void labelPropagationFollowsTheHeavierTie() {
        // a path a–b–c–d: unweighted, b and c could go either way; weighted, b joins a and c joins d
        Graph<String, DefaultWeightedEdge> g = graph();
        edge(g, "a", "b", 10);
        edge(g, "b", "c", 1);
        edge(g, "c", "d", 10);

        for (long seed = 0; seed < 20; seed++) {
            assertThat(new LabelPropagationClustering<String>(seed).cluster(g).clusters()).as("seed %d", seed)
                    .containsExactly(Set.of("a", "b"), Set.of("c", "d"));
        }
    }

    @Test
    void labelPropagationFindsOneClusterInACliqueAndSingletonsWithoutEdges() {
        Graph<String, DefaultWeightedEdge> clique = graph();
        List<String> names = List.of("a", "b", "c", "d", "e");
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                edge(clique, names.get(i), names.get(j), 2);
            }
        }
        Graph<String, DefaultWeightedEdge> edgeless = graph();
        names.forEach(edgeless::addVertex);

        assertThat(new LabelPropagationClustering<String>(3).cluster(clique).size()).isEqualTo(1);
        assertThat(new LabelPropagationClustering<String>(3).cluster(edgeless).size()).isEqualTo(5);
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void girvanNewmanCoversEveryVertexOnceAndRepeats(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        int n = 5 + random.nextInt(25);
        for (int v = 0; v < n; v++) {
            graph.addVertex(v);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextInt(5) == 0) {
                    graph.setEdgeWeight(graph.addEdge(i, j), 1 + random.nextInt(9));
                }
            }
        }
        int minimum = 1 + random.nextInt(n);
        GirvanNewmanClustering<Integer> algorithm = new GirvanNewmanClustering<>(random.nextInt(6), minimum);

        Clustering<Integer> clustering = algorithm.cluster(graph);

        Set<Integer> seen = new HashSet<>();
        clustering.clusters().forEach(c -> c.forEach(v -> assertThat(seen.add(v)).as("seed %d", seed).isTrue()));
        assertThat(seen).as("seed %d", seed).isEqualTo(graph.vertexSet());
        assertThat(clustering.size()).as("seed %d", seed).isGreaterThanOrEqualTo(minimum);
        assertThat(algorithm.cluster(graph)).as("seed %d", seed).isEqualTo(clustering);
    }

    @Test
    void everyAlgorithmRefusesADirectedGraph() {
        Graph<String, DefaultWeightedEdge> directed = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        directed.addVertex("a");
        directed.addVertex("b");
        directed.setEdgeWeight(directed.addEdge("a", "b"), 1);
        List<ClusteringAlgorithm<String>> algorithms = List.of(new LeidenClustering<>(1, 1),
                new LouvainClustering<>(1, 1), new GirvanNewmanClustering<>(1, 1), new LabelPropagationClustering<>(1));

        for (ClusteringAlgorithm<String> algorithm : algorithms) {
            assertThatThrownBy(() -> algorithm.cluster(directed)).as(algorithm.getClass().getSimpleName())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("clustering needs an undirected graph, got a directed one");
        }
        assertThatThrownBy(() -> new ModularityMerge(1).merge(directed, Clustering.of(List.of(List.of("a"),
                List.of("b"))), 1, v -> null)).hasMessageContaining("undirected");
    }
}
