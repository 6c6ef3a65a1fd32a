/**
 * {@code mdecomp import traces}: Zipkin v2, Jaeger and OTLP JSON spans, read as a stream, assembled
 * into traces in a bounded window, and summarised into services, endpoints, calls, events,
 * service-time distributions, network latency, error rates and a workload for a scenario file.
 * {@link io.mdecomp.importer.traces.TraceImporter} is the entry point.
 */
package io.mdecomp.importer.traces;
