/**
 * Community detection on weighted undirected graphs: the {@link io.mdecomp.analysis.clustering.ClusteringAlgorithm}
 * family (weighted {@link io.mdecomp.analysis.clustering.LouvainClustering} and
 * {@link io.mdecomp.analysis.clustering.LeidenClustering}), their immutable
 * {@link io.mdecomp.analysis.clustering.Clustering} result and Newman's weighted
 * {@link io.mdecomp.analysis.clustering.Modularity}.
 */
package io.mdecomp.analysis.clustering;
