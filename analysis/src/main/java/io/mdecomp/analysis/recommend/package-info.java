/**
 * Concrete changes to a cut (SPEC §4), each a step of an analysis' plan:
 * {@link io.mdecomp.analysis.recommend.Split} a service along its contexts, zones or aggregate
 * clusters, {@link io.mdecomp.analysis.recommend.Merge} one into a partner,
 * {@link io.mdecomp.analysis.recommend.Move} aggregates to another service. The plan that chooses
 * them lives in {@code io.mdecomp.analysis.plan}.
 */
package io.mdecomp.analysis.recommend;
