package io.mdecomp.analysis.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a community id per numbered vertex into a {@link Clustering}. */
final class CommunityResult {

    private CommunityResult() {
    }

    /**
     * Clusters ordered by their first vertex in the numbering's order; vertices inside a cluster
     * keep that order too, so the result does not depend on community ids.
     */
    static <V> Clustering<V> toClustering(Map<V, Integer> index, int[] community) {
        int[] renumbered = community.clone();
        int count = IntGraph.renumber(renumbered);
        List<List<V>> clusters = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            clusters.add(new ArrayList<>());
        }
        for (Map.Entry<V, Integer> entry : index.entrySet()) {
            clusters.get(renumbered[entry.getValue()]).add(entry.getKey());
        }
        return Clustering.of(clusters);
    }
}
