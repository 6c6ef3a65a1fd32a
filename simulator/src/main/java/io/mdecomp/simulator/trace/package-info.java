/**
 * Simulated requests as distributed traces: the {@link io.mdecomp.simulator.trace.Tracer} that
 * components tell where a sampled request goes, and the writers that stream its spans out as
 * Zipkin v2 or OTLP JSON while the simulation runs.
 */
package io.mdecomp.simulator.trace;
