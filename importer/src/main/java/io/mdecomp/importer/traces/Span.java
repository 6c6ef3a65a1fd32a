package io.mdecomp.importer.traces;

import java.util.Objects;

/**
 * One span in the form the three formats share. Text fields hold {@code ""} when the input does
 * not say; times are nanoseconds (Zipkin's and Jaeger's microseconds are multiplied by 1000).
 *
 * @param traceId        the trace, lower-case hex
 * @param spanId         this span, lower-case hex
 * @param parentId       the parent span, or {@code ""} for a root
 * @param linkedTraceId  the trace of the first link (OTLP), or {@code ""}
 * @param linkedSpanId   the span of the first link, or {@code ""}
 * @param service        the service that recorded it
 * @param name           its operation name
 * @param kind           server, client, producer, consumer or internal
 * @param startNanos     start, nanoseconds since the Unix epoch
 * @param durationNanos  length in nanoseconds, {@code >= 0}
 * @param error          true when the span records a failure
 * @param method         the HTTP method
 * @param route          the route template ({@code http.route})
 * @param path           the request path without query
 * @param instance       the instance of the service that recorded it
 * @param peer           the remote service a client or producer names ({@code peer.service}, Zipkin's remote endpoint)
 * @param destination    the topic or queue of a producer or consumer
 * @param rpc            {@code package.Service/Method} of an RPC span
 * @param shared         Zipkin's {@code shared}: a server span that reuses its client's id
 * @param origin         where it was read
 */
public record Span(String traceId, String spanId, String parentId, String linkedTraceId, String linkedSpanId,
                   String service, String name, SpanKind kind, long startNanos, long durationNanos, boolean error,
                   String method, String route, String path, String instance, String peer, String destination,
                   String rpc, boolean shared, SpanOrigin origin) {

    public Span {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(linkedTraceId, "linkedTraceId");
        Objects.requireNonNull(linkedSpanId, "linkedSpanId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (durationNanos < 0) {
            throw new IllegalArgumentException("span duration must be >= 0, got " + durationNanos);
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(rpc, "rpc");
        Objects.requireNonNull(origin, "origin");
    }

    public boolean isRoot() {
        return parentId.isEmpty();
    }

    public long endNanos() {
        return startNanos + durationNanos;
    }
}
