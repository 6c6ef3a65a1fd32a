package io.mdecomp.simulator.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * Zipkin v2 JSON (the {@code Span} of zipkin2-api.yaml): a single array, one span per line, ids in
 * hex, {@code timestamp} and {@code duration} in microseconds (a duration under 1 µs is written as
 * 1, as the format asks), the service in {@code localEndpoint}, the callee of a client span in
 * {@code remoteEndpoint}, HTTP and error details as {@code tags}, events as {@code annotations}.
 * Internal spans have no {@code kind}. Zipkin lower-cases service names when it stores them.
 */
final class ZipkinSpanWriter implements SpanWriter {

    private final Writer target;
    private final JsonFactory json = JsonFactory.builder().build();
    private final long epochNanos;
    private boolean first = true;

    ZipkinSpanWriter(Writer target, long epochNanos) {
        this.target = target;
        this.epochNanos = epochNanos;
    }

    @Override
    public void write(TraceSpan span) throws IOException {
        target.write(first ? "[\n" : ",\n");
        first = false;
        try (JsonGenerator g = json.createGenerator(target)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("traceId", SpanJson.traceId(span));
            g.writeStringField("id", SpanJson.hex16(span.id));
            if (span.parentId != 0) {
                g.writeStringField("parentId", SpanJson.hex16(span.parentId));
            }
            if (span.kind.zipkin() != null) {
                g.writeStringField("kind", span.kind.zipkin());
            }
            g.writeStringField("name", SpanJson.lower(span.name));
            long start = SpanJson.nanos(epochNanos, span.start) / 1000;
            long end = SpanJson.nanos(epochNanos, span.end) / 1000;
            g.writeNumberField("timestamp", start);
            g.writeNumberField("duration", Math.max(1, end - start));
            g.writeObjectFieldStart("localEndpoint");
            g.writeStringField("serviceName", span.service);
            g.writeEndObject();
            if (!span.peer.isEmpty()) {
                g.writeObjectFieldStart("remoteEndpoint");
                g.writeStringField("serviceName", span.peer);
                g.writeEndObject();
            }
            if (span.events != null) {
                g.writeArrayFieldStart("annotations");
                for (TraceSpan.SpanEvent event : span.events) {
                    g.writeStartObject();
                    g.writeNumberField("timestamp", SpanJson.nanos(epochNanos, event.at()) / 1000);
                    g.writeStringField("value", event.cause() == null ? event.name() : event.name() + ": " + event.cause());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeObjectFieldStart("tags");
            if (!span.method.isEmpty()) {
                g.writeStringField("http.method", span.method);
                g.writeStringField("http.route", span.route);
                g.writeStringField("http.path", span.route);
                if (span.kind != SpanKind.INTERNAL) {
                    g.writeStringField("http.status_code", Integer.toString(SpanJson.status(span.error)));
                }
            }
            if (!span.destination.isEmpty()) {
                g.writeStringField("messaging.destination.name", span.destination);
            }
            if (span.attempt > 1) {
                g.writeStringField("http.request.resend_count", Integer.toString(span.attempt - 1));
            }
            if (span.instance >= 0) {
                g.writeStringField("service.instance.id", span.instanceId());
            }
            if (span.error != null) {
                g.writeStringField("error", span.error);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    @Override
    public void finish() throws IOException {
        target.write(first ? "[]\n" : "\n]\n");
        target.flush();
    }
}
