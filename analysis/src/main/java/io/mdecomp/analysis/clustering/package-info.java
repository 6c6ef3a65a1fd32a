/**
 * Community detection on weighted undirected graphs: the
 * {@link io.mdecomp.analysis.clustering.ClusteringAlgorithm} family — weighted
 * {@link io.mdecomp.analysis.clustering.LeidenClustering} and
 * {@link io.mdecomp.analysis.clustering.LouvainClustering},
 * {@link io.mdecomp.analysis.clustering.GirvanNewmanClustering} on edge betweenness and weighted
 * {@link io.mdecomp.analysis.clustering.LabelPropagationClustering} — their immutable
 * {@link io.mdecomp.analysis.clustering.Clustering} result, Newman's weighted
 * {@link io.mdecomp.analysis.clustering.Modularity}, and
 * {@link io.mdecomp.analysis.clustering.ModularityMerge}, which agglomerates a clustering down to a
 * number of clusters.
 */
package io.mdecomp.analysis.clustering;
