/**
 * The analysis of a decomposition: {@link io.mdecomp.analysis.Analyzer} turns a model and
 * {@link io.mdecomp.analysis.AnalysisSettings} into an {@link io.mdecomp.analysis.AnalysisReport}.
 */
package io.mdecomp.analysis;
