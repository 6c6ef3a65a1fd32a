package io.mdecomp.analysis.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class ModularityMergeTest {

    /**
     * Four triangles A, B, C, D (edges of weight 10) in a row: A–B 5, B–C 1, C–D 5. m = 4 · 30 + 11
     * = 131; D_A = D_D = 65, D_B = D_C = 66.
     */
    private static Graph<String, DefaultWeightedEdge> row() {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String t : List.of("A", "B", "C", "D")) {
            edge(g, t + "1", t + "2", 10);
            edge(g, t + "2", t + "3", 10);
            edge(g, t + "1", t + "3", 10);
        }
        edge(g, "A3", "B1", 5);
        edge(g, "B3", "C1", 1);
        edge(g, "C3", "D1", 5);
        return g;
    }

    private static void edge(Graph<String, DefaultWeightedEdge> g, String a, String b, double w) {
        g.addVertex(a);
        g.addVertex(b);
        g.setEdgeWeight(g.addEdge(a, b), w);
    }

    private static Clustering<String> triangles() {
        List<List<String>> clusters = new ArrayList<>();
        for (String t : List.of("A", "B", "C", "D")) {
            clusters.add(List.of(t + "1", t + "2", t + "3"));
        }
        return Clustering.of(clusters);
    }

    @Test
    void mergesThePairOfLargestModularityGainFirst() {
        // ΔQ(A, B) = ΔQ(C, D) = 5/131 − 65 · 66 / (2 · 131²) = −0.0868 beats ΔQ(B, C) = 1/131 − 66² / (2 · 131²)
        // = −0.1193; the tie goes to the lower positions, so A and B merge first
        Clustering<String> three = new ModularityMerge(1).merge(row(), triangles(), 3, v -> null);
        // then ΔQ(C, D) = −0.0868 beats ΔQ(AB, C) = 1/131 − 131 · 66 / (2 · 131²) = −0.244
        Clustering<String> two = new ModularityMerge(1).merge(row(), triangles(), 2, v -> null);

        assertThat(three.clusters()).containsExactly(Set.of("A1", "A2", "A3", "B1", "B2", "B3"),
                Set.of("C1", "C2", "C3"), Set.of("D1", "D2", "D3"));
        assertThat(two.clusters()).containsExactly(Set.of("A1", "A2", "A3", "B1", "B2", "B3"),
                Set.of("C1", "C2", "C3", "D1", "D2", "D3"));
        assertThat(Modularity.of(row(), two) - Modularity.of(row(), three))
                .isCloseTo(5.0 / 131 - 65.0 * 66 / (2 * 131.0 * 131), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void neverMergesTwoColoursAndStopsWhenOnlySuchPairsRemain() {
        Map<String, String> zones = Map.of("A1", "pci", "D2", "personal-data");

        Clustering<String> merged = new ModularityMerge(1).merge(row(), triangles(), 1, zones::get);

        // A (pci) takes B, D (personal-data) takes C; the two halves may not meet
        assertThat(merged.clusters()).containsExactly(Set.of("A1", "A2", "A3", "B1", "B2", "B3"),
                Set.of("C1", "C2", "C3", "D1", "D2", "D3"));
    }

    @Test
    void mergesUnjoinedClustersOfSmallestDegreeWhenNoEdgeIsLeft() {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        edge(g, "a1", "a2", 4);
        edge(g, "b1", "b2", 1);
        edge(g, "c1", "c2", 3);
        Clustering<String> parts = Clustering.of(List.of(List.of("a1", "a2"), List.of("b1", "b2"), List.of("c1", "c2")));

        // degrees a 8, b 2, c 6: ΔQ = −D·D'/(2m²) is largest for the smallest product, b·c = 12 (a·b 16, a·c 48)
        Clustering<String> two = new ModularityMerge(1).merge(g, parts, 2, v -> null);

        assertThat(two.clusters()).containsExactly(Set.of("a1", "a2"), Set.of("b1", "b2", "c1", "c2"));
    }

    @Test
    void leavesAClusteringAloneThatIsSmallEnoughAndRefusesABadResolution() {
        assertThat(new ModularityMerge(2).merge(row(), triangles(), 4, v -> null)).isEqualTo(triangles());
        assertThatThrownBy(() -> new ModularityMerge(0)).hasMessageContaining("resolution");
    }
}
