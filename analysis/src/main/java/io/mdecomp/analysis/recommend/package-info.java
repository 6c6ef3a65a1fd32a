/**
 * Concrete changes to a cut (SPEC §4): {@link io.mdecomp.analysis.recommend.Split} a coarse
 * service along its aggregates, {@link io.mdecomp.analysis.recommend.Merge} a fine one into its
 * most-coupled partner, {@link io.mdecomp.analysis.recommend.Move} an aggregate to the service its
 * weight goes to; derived by {@link io.mdecomp.analysis.recommend.Recommender}.
 */
package io.mdecomp.analysis.recommend;
