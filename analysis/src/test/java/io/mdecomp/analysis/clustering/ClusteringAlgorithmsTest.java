package io.mdecomp.analysis.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClusteringAlgorithmsTest {

    static Stream<Arguments> algorithms() {
        return Stream.of(
                Arguments.of("louvain", new LouvainClustering<Integer>(1.0, 42)),
                Arguments.of("leiden", new LeidenClustering<Integer>(1.0, 42)),
                Arguments.of("girvan-newman", new GirvanNewmanClustering<Integer>(12, 1)));
    }

    static Stream<Arguments> everyAlgorithm() {
        return Stream.concat(algorithms(), Stream.of(
                Arguments.of("label-propagation", new LabelPropagationClustering<Integer>(42))));
    }

    /** The algorithms with a resolution, as a function of it. */
    static Stream<Arguments> withResolution() {
        return Stream.of(
                Arguments.of("louvain", (DoubleFunction<ClusteringAlgorithm<Integer>>) r -> new LouvainClustering<>(r, 1)),
                Arguments.of("leiden", (DoubleFunction<ClusteringAlgorithm<Integer>>) r -> new LeidenClustering<>(r, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAlgorithm")
    void separatesTwoCliquesJoinedByOneEdge(String name, ClusteringAlgorithm<Integer> algorithm) {
        Clustering<Integer> clustering = algorithm.cluster(TestGraphs.twoCliques(3.0));

        assertThat(clustering.clusters()).containsExactly(Set.of(0, 1, 2, 3, 4), Set.of(5, 6, 7, 8, 9));
    }

    @Test
    void modularityOfTwoCliquesIsWorkedOutByHand() {
        // m = 2 · 10 · 3 + 1 = 61; each clique: W = 30, D = 2 · 30 + 1 = 61
        // Q = 2 · (30/61 − (61/122)²) = 60/61 − 0.5 = 0.483606...
        Graph<Integer, DefaultWeightedEdge> graph = TestGraphs.twoCliques(3.0);
        Clustering<Integer> split = Clustering.of(List.of(List.of(0, 1, 2, 3, 4), List.of(5, 6, 7, 8, 9)));

        assertThat(Modularity.of(graph, split)).isCloseTo(60.0 / 61 - 0.5, within(1e-12));
        assertThat(Modularity.of(graph, Clustering.of(List.of(IntStream.range(0, 10).boxed().toList()))))
                .isCloseTo(0.0, within(1e-12));
    }

    @Test
    void modularityOfKarateClubFactionSplitIsTheKnownValue() {
        Clustering<Integer> factions = factions();

        // the club's actual two-faction split scores Q = 0.3582 (unweighted; the best 2-split is 0.3718)
        assertThat(TestGraphs.karate().edgeSet()).hasSize(78);
        assertThat(Modularity.of(TestGraphs.karate(), factions)).isCloseTo(0.3582, within(1e-4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("algorithms")
    void findsKarateClubCommunitiesConsistentWithTheSplit(String name, ClusteringAlgorithm<Integer> algorithm) {
        Graph<Integer, DefaultWeightedEdge> karate = TestGraphs.karate();
        Clustering<Integer> clustering = algorithm.cluster(karate);

        double q = Modularity.of(karate, clustering);
        assertThat(q).isBetween(0.37, 0.42);
        assertThat(clustering.clusterOf(0)).isNotEqualTo(clustering.clusterOf(33));
        // every found community lies (almost) inside one faction: at most one member on the other side
        Set<Integer> instructor = new HashSet<>();
        for (int v : TestGraphs.KARATE_INSTRUCTOR_FACTION) {
            instructor.add(v);
        }
        for (Set<Integer> cluster : clustering.clusters()) {
            long inside = cluster.stream().filter(instructor::contains).count();
            assertThat(Math.min(inside, cluster.size() - inside)).as("%s", cluster).isLessThanOrEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withResolution")
    void higherResolutionGivesMoreClusters(String name, DoubleFunction<ClusteringAlgorithm<Integer>> algorithm) {
        Graph<Integer, DefaultWeightedEdge> karate = TestGraphs.karate();
        int coarse = algorithm.apply(0.3).cluster(karate).size();
        int fine = algorithm.apply(3.0).cluster(karate).size();

        // at γ = 0.3 the club is (nearly) one community; at γ = 3 it falls into small groups
        assertThat(coarse).isLessThanOrEqualTo(2);
        assertThat(fine).isGreaterThan(coarse + 2);
    }

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 40).mapToObj(Arguments::of);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void coversEveryVertexExactlyOnceAndRepeatsPerSeed(long seed) {
        Graph<Integer, DefaultWeightedEdge> graph = TestGraphs.random(seed);
        List<ClusteringAlgorithm<Integer>> algorithms = List.of(
                new LouvainClustering<>(1.0, seed), new LeidenClustering<>(1.0, seed),
                new LabelPropagationClustering<>(seed));
        for (ClusteringAlgorithm<Integer> algorithm : algorithms) {
            Clustering<Integer> first = algorithm.cluster(graph);
            List<Integer> all = new ArrayList<>();
            first.clusters().forEach(all::addAll);
            assertThat(all).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(graph.vertexSet());
            assertThat(algorithm.cluster(graph)).as("seed %d", seed).isEqualTo(first);
            assertThat(Modularity.of(graph, first)).as("seed %d", seed).isBetween(-0.5, 1.0);
            // never worse than putting everything in one cluster
            assertThat(Modularity.of(graph, first)).as("seed %d", seed).isGreaterThanOrEqualTo(-1e-9);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void leidenCommunitiesAreConnected(long seed) {
        Graph<Integer, DefaultWeightedEdge> graph = TestGraphs.random(seed);
        Clustering<Integer> clustering = new LeidenClustering<Integer>(1.0, seed).cluster(graph);
        for (Set<Integer> cluster : clustering.clusters()) {
            Graph<Integer, DefaultWeightedEdge> induced = new org.jgrapht.graph.AsSubgraph<>(graph, cluster);
            assertThat(new org.jgrapht.alg.connectivity.ConnectivityInspector<>(induced).isConnected())
                    .as("seed %d cluster %s", seed, cluster).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void contractingClustersIntoSelfLoopsKeepsModularity(long seed) {
        Graph<Integer, DefaultWeightedEdge> graph = TestGraphs.random(seed);
        Clustering<Integer> clustering = new LouvainClustering<Integer>(1.0, seed).cluster(graph);
        Graph<Integer, DefaultWeightedEdge> contracted =
                new org.jgrapht.graph.DefaultUndirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int c = 0; c < clustering.size(); c++) {
            contracted.addVertex(c);
        }
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            int a = clustering.clusterOf(graph.getEdgeSource(edge));
            int b = clustering.clusterOf(graph.getEdgeTarget(edge));
            DefaultWeightedEdge e = contracted.getEdge(a, b);
            if (e == null) {
                contracted.setEdgeWeight(contracted.addEdge(a, b), graph.getEdgeWeight(edge));
            } else {
                contracted.setEdgeWeight(e, contracted.getEdgeWeight(e) + graph.getEdgeWeight(edge));
            }
        }
        Clustering<Integer> singletons = Clustering.of(contracted.vertexSet().stream().map(List::of).toList());

        // self-loops carry the internal weight, so Q of the contracted singletons equals Q of the clustering
        assertThat(Modularity.of(contracted, singletons)).as("seed %d", seed)
                .isCloseTo(Modularity.of(graph, clustering), within(1e-9));
        // and clustering the contracted graph never does worse than leaving it as it is
        assertThat(Modularity.of(contracted, new LeidenClustering<Integer>(1.0, seed).cluster(contracted)))
                .as("seed %d", seed).isGreaterThanOrEqualTo(Modularity.of(contracted, singletons) - 1e-9);
    }

    @Test
    void emptyGraphHasNoClustersAndEdgelessGraphHasSingletons() {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        assertThat(new LeidenClustering<Integer>(1, 0).cluster(graph).size()).isZero();
        graph.addVertex(1);
        graph.addVertex(2);
        assertThat(new LouvainClustering<Integer>(1, 0).cluster(graph).clusters())
                .containsExactly(Set.of(1), Set.of(2));
        assertThat(new LeidenClustering<Integer>(1, 0).cluster(graph).clusters())
                .containsExactly(Set.of(1), Set.of(2));
    }

    @Test
    void rejectsNonPositiveResolutionAndDuplicateVertices() {
        assertThatThrownBy(() -> new LouvainClustering<Integer>(0, 1)).hasMessageContaining("resolution");
        assertThatThrownBy(() -> new LeidenClustering<Integer>(Double.NaN, 1)).hasMessageContaining("resolution");
        assertThatThrownBy(() -> Clustering.of(List.of(List.of(1, 2), List.of(2))))
                .hasMessageContaining("more than one cluster");
    }

    private static Clustering<Integer> factions() {
        Set<Integer> instructor = new HashSet<>();
        for (int v : TestGraphs.KARATE_INSTRUCTOR_FACTION) {
            instructor.add(v);
        }
        List<Integer> officer = IntStream.range(0, 34).filter(v -> !instructor.contains(v)).boxed().toList();
        return Clustering.of(List.of(IntStream.of(TestGraphs.KARATE_INSTRUCTOR_FACTION).boxed().toList(), officer));
    }
}
