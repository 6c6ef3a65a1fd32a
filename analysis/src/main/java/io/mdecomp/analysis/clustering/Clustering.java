package io.mdecomp.analysis.clustering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable partition of vertices into clusters. Every vertex is in exactly one cluster; the
 * clusters keep the order they were given in, and each cluster keeps its vertices' order.
 *
 * @param <V> the vertex type
 */
public final class Clustering<V> {

    private final List<Set<V>> clusters;
    private final Map<V, Integer> index;

    private Clustering(List<Set<V>> clusters, Map<V, Integer> index) {
        this.clusters = clusters;
        this.index = index;
    }

    /**
     * A clustering of the given clusters, in the given order (empty clusters are dropped).
     *
     * @throws IllegalArgumentException when a vertex appears in two clusters
     */
    public static <V> Clustering<V> of(Collection<? extends Collection<V>> clusters) {
        List<Set<V>> copy = new ArrayList<>();
        Map<V, Integer> index = new HashMap<>();
        for (Collection<V> cluster : clusters) {
            if (cluster.isEmpty()) {
                continue;
            }
            Set<V> set = Collections.unmodifiableSet(new LinkedHashSet<>(cluster));
            for (V vertex : set) {
                if (index.putIfAbsent(vertex, copy.size()) != null) {
                    throw new IllegalArgumentException("vertex " + vertex + " is in more than one cluster");
                }
            }
            copy.add(set);
        }
        return new Clustering<>(List.copyOf(copy), index);
    }

    /** The clusters, in order; each an unmodifiable set. */
    public List<Set<V>> clusters() {
        return clusters;
    }

    /** The number of clusters. */
    public int size() {
        return clusters.size();
    }

    /** The index (into {@link #clusters()}) of the cluster holding {@code vertex}, or −1. */
    public int clusterOf(V vertex) {
        Integer cluster = index.get(vertex);
        return cluster == null ? -1 : cluster;
    }

    /** True when {@code vertex} is in some cluster. */
    public boolean contains(V vertex) {
        return index.containsKey(vertex);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clustering<?> that && clusters.equals(that.clusters);
    }

    @Override
    public int hashCode() {
        return clusters.hashCode();
    }

    @Override
    public String toString() {
        return clusters.toString();
    }
}
