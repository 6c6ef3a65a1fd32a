/**
 * The plan of recommendations (docs/metrics.md, "The plan of recommendations"): the
 * {@link io.mdecomp.analysis.plan.Planner} chooses splits, merges and moves one at a time, each
 * applied to the model the earlier steps left ({@link io.mdecomp.analysis.plan.Recut}, with the
 * interactions the change needs) and analysed again, so the steps never conflict and each states
 * its measured effect; {@link io.mdecomp.analysis.plan.ProposalComparison} says where the plan's cut
 * and the proposal's differ and why.
 */
package io.mdecomp.analysis.plan;
