/**
 * Comparison of two cuts of a system: services added and removed, entities moved, metric deltas,
 * findings introduced and resolved, and the agreement of the two entity → service assignments
 * ({@link io.mdecomp.analysis.diff.Agreement}: MoJoFM and the adjusted Rand index).
 */
package io.mdecomp.analysis.diff;
