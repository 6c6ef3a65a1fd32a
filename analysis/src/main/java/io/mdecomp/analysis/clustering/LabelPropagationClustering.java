package io.mdecomp.analysis.clustering;

import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;

/**
 * Weighted label propagation (Raghavan, Albert and Kumara 2007, "Near linear time algorithm to
 * detect community structures in large-scale networks"): every vertex starts with a label of its
 * own; in rounds, vertices visited in a seeded random order adopt the label carrying the largest
 * total edge weight among their neighbours (ties drawn at random, the current label kept when it
 * is among the best). It stops when a round changes nothing, or after {@value #MAX_ROUNDS} rounds.
 * The clusters are the final labels. Unlike JGraphT's implementation, which ignores weights and
 * iterates hash maps, this one reads weights as similarities and gives the same clustering for the
 * same seed. A round costs O(m). It has no resolution: it may find a single cluster on a graph
 * whose communities are weakly separated, or singletons where there are no edges.
 *
 * @param <V> the vertex type
 */
public final class LabelPropagationClustering<V> implements ClusteringAlgorithm<V> {

    static final int MAX_ROUNDS = 1000;

    private final long seed;

    /** @param seed seeds the visiting order and the tie-breaking */
    public LabelPropagationClustering(long seed) {
        this.seed = seed;
    }

    @Override
    public <E> Clustering<V> cluster(Graph<V, E> graph) {
        Map<V, Integer> index = IntGraph.numbering(graph);
        IntGraph g = IntGraph.of(graph, index);
        int[] label = IntGraph.identity(g.n);
        SplittableRandom random = new SplittableRandom(seed);
        double[] weightOf = new double[g.n];
        int[] touched = new int[g.n];
        int[] best = new int[g.n];
        boolean changed = true;
        for (int round = 0; round < MAX_ROUNDS && changed; round++) {
            changed = false;
            for (int v : IntGraph.shuffledOrder(g.n, random)) {
                int touchedCount = 0;
                for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                    int l = label[g.targets[p]];
                    if (weightOf[l] == 0) {
                        touched[touchedCount++] = l;
                    }
                    weightOf[l] += g.weights[p];
                }
                if (touchedCount == 0) {
                    continue;
                }
                double most = 0;
                for (int t = 0; t < touchedCount; t++) {
                    most = Math.max(most, weightOf[touched[t]]);
                }
                int ties = 0;
                boolean keep = false;
                for (int t = 0; t < touchedCount; t++) {
                    if (weightOf[touched[t]] >= most - 1e-12 * most) {
                        best[ties++] = touched[t];
                        keep |= touched[t] == label[v];
                    }
                }
                for (int t = 0; t < touchedCount; t++) {
                    weightOf[touched[t]] = 0;
                }
                if (!keep) {
                    label[v] = best[ties == 1 ? 0 : random.nextInt(ties)];
                    changed = true;
                }
            }
        }
        return CommunityResult.toClustering(index, label);
    }
}
