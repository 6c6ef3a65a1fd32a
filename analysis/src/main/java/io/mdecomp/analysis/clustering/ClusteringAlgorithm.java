package io.mdecomp.analysis.clustering;

import org.jgrapht.Graph;

/**
 * Partitions the vertices of a weighted undirected graph into clusters. Implementations: Leiden,
 * Louvain, Girvan–Newman and label propagation, each reading edge weights as similarities.
 *
 * <p>Contract: the result contains every vertex of {@code graph} exactly once; the graph is not
 * modified; an algorithm configured with a seed returns the same clustering for the same graph
 * (same vertex and edge insertion order) every time.
 *
 * @param <V> the vertex type
 */
public interface ClusteringAlgorithm<V> {

    /**
     * Clusters {@code graph}, reading edge weights as similarities (heavier = closer).
     *
     * @throws IllegalArgumentException when {@code graph} is directed
     */
    <E> Clustering<V> cluster(Graph<V, E> graph);
}
