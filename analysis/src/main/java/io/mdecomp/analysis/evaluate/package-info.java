/**
 * Scoring a component assignment (which service each class, table and view belongs to) against a
 * ground truth: reading assignment CSV files ({@link io.mdecomp.analysis.evaluate.AssignmentCsv}),
 * and accuracy under the best one-to-one matching, MoJoFM and the adjusted Rand index per kind and
 * overall ({@link io.mdecomp.analysis.evaluate.Evaluator}).
 */
package io.mdecomp.analysis.evaluate;
