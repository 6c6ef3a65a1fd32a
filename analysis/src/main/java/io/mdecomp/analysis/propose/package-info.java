/**
 * {@code mdecomp propose} (SPEC §4): clusters the aggregate-contracted, weighted entity graph
 * (Leiden by default, Louvain, or JGraphT's Girvan–Newman and label propagation), keeps pinned
 * services as they are, names the clusters after the current service they overlap most, and
 * builds the proposed model with the moves and the modularity of both cuts.
 */
package io.mdecomp.analysis.propose;
