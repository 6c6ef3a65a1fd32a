/**
 * Per-service and system metrics of a decomposition (SPEC §4): {@link io.mdecomp.analysis.metrics.ServiceMetrics}
 * and {@link io.mdecomp.analysis.metrics.SystemMetrics}, computed by
 * {@link io.mdecomp.analysis.metrics.MetricsCalculator}. Formulas, ranges and sources are in
 * {@code docs/metrics.md}.
 */
package io.mdecomp.analysis.metrics;
