package io.mdecomp.analysis.clustering;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;

/**
 * Weighted Leiden community detection (Traag, Waltman and van Eck 2019, "From Louvain to Leiden:
 * guaranteeing well-connected communities"), maximising {@link Modularity} with resolution γ.
 *
 * <p>Each level runs three phases: <em>fast local moving</em> (a queue of vertices in seeded random
 * order; a vertex moves to the neighbouring or an empty community with the largest gain
 * {@code w(i, c) − γ · k_i · tot_c / 2m}, and its neighbours outside the new community are queued
 * again); <em>refinement</em> (inside each community, singleton vertices that are well connected
 * merge into well-connected sub-communities, chosen at random with probability ∝ exp(ΔQ / θ),
 * θ = {@value #THETA}, among moves with ΔQ ≥ 0); and <em>aggregation</em> of the refined
 * communities, starting the next level from the unrefined partition. It stops when local moving
 * leaves every vertex of the aggregate graph alone. Communities are therefore connected. Each
 * phase costs O(m); at most {@value LouvainClustering#MAX_LEVELS} levels. Edges of weight ≤ 0
 * are ignored. The same seed on the same graph gives the same clustering.
 *
 * @param <V> the vertex type
 */
public final class LeidenClustering<V> implements ClusteringAlgorithm<V> {

    static final double THETA = 0.01;

    private final double resolution;
    private final long seed;

    /**
     * @param resolution γ &gt; 0; larger values give more, smaller clusters (1 is classic modularity)
     * @param seed       seeds the visiting order and the refinement's choices
     */
    public LeidenClustering(double resolution, long seed) {
        this.resolution = IntGraph.checkedResolution(resolution);
        this.seed = seed;
    }

    @Override
    public <E> Clustering<V> cluster(Graph<V, E> graph) {
        Map<V, Integer> index = IntGraph.numbering(graph);
        IntGraph level = IntGraph.of(graph, index);
        SplittableRandom random = new SplittableRandom(seed);
        int[] membership = IntGraph.identity(level.n);
        int[] partition = IntGraph.identity(level.n);
        for (int depth = 0; depth < LouvainClustering.MAX_LEVELS && level.n > 0; depth++) {
            fastLocalMove(level, partition, random);
            int count = IntGraph.renumber(partition);
            if (count == level.n) {
                break;
            }
            int[] refined = refine(level, partition, random);
            int refinedCount = IntGraph.renumber(refined);
            if (refinedCount == level.n) {
                // refinement merged nothing: aggregate by the partition itself so the level shrinks
                refined = partition.clone();
                refinedCount = count;
            }
            int[] next = new int[refinedCount];
            for (int i = 0; i < level.n; i++) {
                next[refined[i]] = partition[i];
            }
            for (int v = 0; v < membership.length; v++) {
                membership[v] = refined[membership[v]];
            }
            level = level.aggregate(refined, refinedCount);
            partition = next;
        }
        int[] result = new int[membership.length];
        for (int v = 0; v < membership.length; v++) {
            result[v] = partition[membership[v]];
        }
        return CommunityResult.toClustering(index, result);
    }

    /** Fast local moving: updates {@code community} in place. */
    private void fastLocalMove(IntGraph g, int[] community, SplittableRandom random) {
        int n = g.n;
        if (g.twiceTotal == 0) {
            return;
        }
        double[] tot = new double[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            tot[community[i]] += g.degrees[i];
            size[community[i]]++;
        }
        ArrayDeque<Integer> empty = new ArrayDeque<>();
        for (int c = n - 1; c >= 0; c--) {
            if (size[c] == 0) {
                empty.push(c);
            }
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>(n);
        boolean[] queued = new boolean[n];
        for (int i : IntGraph.shuffledOrder(n, random)) {
            queue.add(i);
            queued[i] = true;
        }
        double[] neighbourWeight = new double[n];
        int[] touched = new int[n];
        long budget = 64L * (n + g.targets.length) + 1024;
        while (!queue.isEmpty() && budget-- > 0) {
            int i = queue.poll();
            queued[i] = false;
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
            size[current]--;
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
            if (bestGain < -1e-12 && size[current] > 0) {
                // an empty community (gain 0) beats every occupied one
                if (!empty.isEmpty()) {
                    best = empty.pop();
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                neighbourWeight[touched[t]] = 0;
            }
            tot[best] += k;
            size[best]++;
            if (size[current] == 0 && best != current) {
                empty.push(current);
            }
            if (best != current) {
                community[i] = best;
                for (int p = g.offsets[i]; p < g.offsets[i + 1]; p++) {
                    int j = g.targets[p];
                    if (!queued[j] && community[j] != best) {
                        queue.add(j);
                        queued[j] = true;
                    }
                }
            }
        }
    }

    /**
     * Refinement: a sub-partition of {@code partition} in which every community is well connected.
     * A vertex v is well connected to its community C when w(v, C − v) ≥ γ · k_v · (K_C − k_v) / 2m;
     * a sub-community T when w(T, C − T) ≥ γ · K_T · (K_C − K_T) / 2m.
     */
    private int[] refine(IntGraph g, int[] partition, SplittableRandom random) {
        int n = g.n;
        int[] refined = IntGraph.identity(n);
        double[] communityDegree = new double[n];
        for (int i = 0; i < n; i++) {
            communityDegree[partition[i]] += g.degrees[i];
        }
        double[] refinedDegree = g.degrees.clone();
        int[] refinedSize = new int[n];
        double[] external = new double[n];
        for (int i = 0; i < n; i++) {
            refinedSize[i] = 1;
            for (int p = g.offsets[i]; p < g.offsets[i + 1]; p++) {
                if (partition[g.targets[p]] == partition[i]) {
                    external[i] += g.weights[p];
                }
            }
        }
        double twoM = g.twiceTotal;
        double[] neighbourWeight = new double[n];
        int[] touched = new int[n];
        double[] gains = new double[n];
        for (int v : IntGraph.shuffledOrder(n, random)) {
            if (refinedSize[refined[v]] != 1) {
                continue;
            }
            double k = g.degrees[v];
            double kc = communityDegree[partition[v]];
            double ownExternal = external[v];
            if (ownExternal < resolution * k * (kc - k) / twoM) {
                continue;
            }
            int touchedCount = 0;
            for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                int j = g.targets[p];
                if (partition[j] != partition[v] || j == v) {
                    continue;
                }
                int t = refined[j];
                if (neighbourWeight[t] == 0) {
                    touched[touchedCount++] = t;
                }
                neighbourWeight[t] += g.weights[p];
            }
            int own = refined[v];
            double maxGain = 0;
            int candidates = 0;
            for (int x = 0; x < touchedCount; x++) {
                int t = touched[x];
                double kt = refinedDegree[t];
                boolean wellConnected = external[t] >= resolution * kt * (kc - kt) / twoM;
                double gain = neighbourWeight[t] - resolution * k * kt / twoM;
                if (t != own && wellConnected && gain >= 0) {
                    gains[candidates] = gain;
                    touched[candidates] = t;
                    candidates++;
                    maxGain = Math.max(maxGain, gain);
                } else {
                    neighbourWeight[t] = 0;
                }
            }
            int chosen = own;
            if (candidates > 0) {
                // staying alone has gain 0; normalise by the largest gain so exp never overflows
                double sum = Math.exp((0 - maxGain) / THETA);
                for (int x = 0; x < candidates; x++) {
                    sum += Math.exp((gains[x] - maxGain) / THETA);
                }
                double draw = random.nextDouble() * sum;
                double acc = Math.exp((0 - maxGain) / THETA);
                if (draw >= acc) {
                    for (int x = 0; x < candidates; x++) {
                        acc += Math.exp((gains[x] - maxGain) / THETA);
                        chosen = touched[x];
                        if (draw < acc) {
                            break;
                        }
                    }
                }
            }
            if (chosen != own) {
                double between = neighbourWeight[chosen];
                external[chosen] = external[chosen] + ownExternal - 2 * between;
                refinedDegree[chosen] += k;
                refinedDegree[own] -= k;
                refinedSize[chosen]++;
                refinedSize[own]--;
                refined[v] = chosen;
            }
            for (int x = 0; x < candidates; x++) {
                neighbourWeight[touched[x]] = 0;
            }
        }
        return refined;
    }
}
