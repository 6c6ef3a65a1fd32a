package io.mdecomp.analysis.clustering;

import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;

/**
 * Weighted Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre 2008,
 * "Fast unfolding of communities in large networks"), maximising {@link Modularity} with
 * resolution γ.
 *
 * <p>Each level moves vertices, visited in a seeded random order, to the neighbouring community
 * with the largest gain {@code ΔQ ∝ w(i, c) − γ · k_i · tot_c / 2m} until no move improves Q, then
 * contracts every community into one vertex; it stops when a level moves nothing. A pass costs
 * O(m); the number of passes and levels is small in practice (bounded by {@value #MAX_LEVELS}
 * levels and {@value #MAX_PASSES} passes per level). Edges of weight ≤ 0 are ignored. The same
 * seed on the same graph gives the same clustering.
 *
 * @param <V> the vertex type
 */
public final class LouvainClustering<V> implements ClusteringAlgorithm<V> {

    static final int MAX_LEVELS = 64;
    static final int MAX_PASSES = 256;

    private final double resolution;
    private final long seed;

    /**
     * @param resolution γ &gt; 0; larger values give more, smaller clusters (1 is classic modularity)
     * @param seed       seeds the visiting order
     */
    public LouvainClustering(double resolution, long seed) {
        this.resolution = IntGraph.checkedResolution(resolution);
        this.seed = seed;
    }

    @Override
    public <E> Clustering<V> cluster(Graph<V, E> graph) {
        Map<V, Integer> index = IntGraph.numbering(graph);
        IntGraph level = IntGraph.of(graph, index);
        SplittableRandom random = new SplittableRandom(seed);
        int[] membership = IntGraph.identity(level.n);
        for (int depth = 0; depth < MAX_LEVELS && level.n > 0; depth++) {
            int[] community = moveNodes(level, resolution, random);
            int count = IntGraph.renumber(community);
            for (int v = 0; v < membership.length; v++) {
                membership[v] = community[membership[v]];
            }
            if (count == level.n) {
                break;
            }
            level = level.aggregate(community, count);
        }
        return CommunityResult.toClustering(index, membership);
    }

    /** One Louvain level: local moves until a pass moves nothing. Returns a community per vertex. */
    static int[] moveNodes(IntGraph g, double resolution, SplittableRandom random) {
        int n = g.n;
        int[] community = new int[n];
        double[] tot = g.degrees.clone();
        for (int i = 0; i < n; i++) {
            community[i] = i;
        }
        if (g.twiceTotal == 0) {
            return community;
        }
        double[] neighbourWeight = new double[n];
        int[] touched = new int[n];
        int[] order = IntGraph.shuffledOrder(n, random);
        boolean moved = true;
        for (int pass = 0; pass < MAX_PASSES && moved; pass++) {
            moved = false;
            for (int i : order) {
                int current = community[i];
                double k = g.degrees[i];
                int touchedCount = 0;
                for (int p = g.offsets[i]; p < g.offsets[i + 1]; p++) {
                    int c = community[g.targets[p]];
                    if (neighbourWeight[c] == 0) {
                        touched[touchedCount++] = c;
                    }
                    neighbourWeight[c] += g.weights[p];
                }
                tot[current] -= k;
                int best = current;
                double bestGain = neighbourWeight[current] - resolution * k * tot[current] / g.twiceTotal;
                for (int t = 0; t < touchedCount; t++) {
                    int c = touched[t];
                    double gain = neighbourWeight[c] - resolution * k * tot[c] / g.twiceTotal;
                    if (gain > bestGain + 1e-12) {
                        best = c;
                        bestGain = gain;
                    }
                }
                for (int t = 0; t < touchedCount; t++) {
                    neighbourWeight[touched[t]] = 0;
                }
                tot[best] += k;
                if (best != current) {
                    community[i] = best;
                    moved = true;
                }
            }
        }
        return community;
    }
}
