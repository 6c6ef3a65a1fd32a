/**
 * The two graphs of an analysis: the {@link io.mdecomp.analysis.graph.EntityGraph} (entities
 * scored pairwise by the coupling criteria of Service Cutter, each edge keeping its
 * {@link io.mdecomp.analysis.graph.Term}s) and the {@link io.mdecomp.analysis.graph.ServiceGraph}
 * (services and their derived dependencies by {@link io.mdecomp.analysis.graph.DependencyKind}),
 * plus {@link io.mdecomp.analysis.graph.Ownership}, the current cut.
 */
package io.mdecomp.analysis.graph;
