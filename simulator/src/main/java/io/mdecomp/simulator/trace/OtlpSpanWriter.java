package io.mdecomp.simulator.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OTLP JSON (the protobuf JSON mapping of {@code ExportTraceServiceRequest} with OTLP's rules: hex
 * ids, 64-bit integers as strings, enums as numbers, lowerCamelCase names), written as the
 * collector's file exporter does: one request per line, here a batch of at most {@value #BATCH}
 * spans grouped by resource ({@code service.name}, {@code service.instance.id}). Events become span
 * events, failures status code 2 (error) with the cause as message and {@code error.type}.
 */
final class OtlpSpanWriter implements SpanWriter {

    /** Spans per line. */
    static final int BATCH = 512;

    private final Writer target;
    private final JsonFactory json = JsonFactory.builder().build();
    private final long epochNanos;
    private final List<TraceSpan> pending = new ArrayList<>(BATCH);
    private boolean wroteLine;

    OtlpSpanWriter(Writer target, long epochNanos) {
        this.target = target;
        this.epochNanos = epochNanos;
    }

    @Override
    public void write(TraceSpan span) throws IOException {
        pending.add(span);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    /**
     * Writes what is left; a run that sampled no span still writes one line, an export request
     * without spans, so that the file is a valid OTLP JSON document (an empty file is not).
     */
    @Override
    public void finish() throws IOException {
        if (!pending.isEmpty() || !wroteLine) {
            flush();
        }
        target.flush();
    }

    private void flush() throws IOException {
        Map<String, List<TraceSpan>> byResource = new LinkedHashMap<>();
        for (TraceSpan span : pending) {
            byResource.computeIfAbsent(span.service + '\n' + span.instanceId(), k -> new ArrayList<>()).add(span);
        }
        try (JsonGenerator g = json.createGenerator(target)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("resourceSpans");
            for (List<TraceSpan> spans : byResource.values()) {
                TraceSpan first = spans.get(0);
                g.writeStartObject();
                g.writeObjectFieldStart("resource");
                g.writeArrayFieldStart("attributes");
                attribute(g, "service.name", first.service);
                attribute(g, "service.instance.id", first.instanceId());
                g.writeEndArray();
                g.writeEndObject();
                g.writeArrayFieldStart("scopeSpans");
                g.writeStartObject();
                g.writeObjectFieldStart("scope");
                g.writeStringField("name", "mdecomp-simulator");
                g.writeEndObject();
                g.writeArrayFieldStart("spans");
                for (TraceSpan span : spans) {
                    span(g, span);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        target.write('\n');
        wroteLine = true;
        pending.clear();
    }

    private void span(JsonGenerator g, TraceSpan span) throws IOException {
        g.writeStartObject();
        g.writeStringField("traceId", SpanJson.traceId(span));
        g.writeStringField("spanId", SpanJson.hex16(span.id));
        if (span.parentId != 0) {
            g.writeStringField("parentSpanId", SpanJson.hex16(span.parentId));
        }
        g.writeStringField("name", span.name);
        g.writeNumberField("kind", span.kind.otlp());
        g.writeStringField("startTimeUnixNano", Long.toString(SpanJson.nanos(epochNanos, span.start)));
        g.writeStringField("endTimeUnixNano", Long.toString(SpanJson.nanos(epochNanos, span.end)));
        g.writeArrayFieldStart("attributes");
        if (!span.method.isEmpty()) {
            attribute(g, "http.request.method", span.method);
            attribute(g, "http.route", span.route);
            if (span.kind != SpanKind.INTERNAL) {
                g.writeStartObject();
                g.writeStringField("key", "http.response.status_code");
                g.writeObjectFieldStart("value");
                g.writeStringField("intValue", Integer.toString(SpanJson.status(span.error)));
                g.writeEndObject();
                g.writeEndObject();
            }
        }
        if (!span.peer.isEmpty()) {
            attribute(g, "peer.service", span.peer);
        }
        if (!span.destination.isEmpty()) {
            attribute(g, "messaging.destination.name", span.destination);
        }
        if (span.attempt > 1) {
            g.writeStartObject();
            g.writeStringField("key", "http.request.resend_count");
            g.writeObjectFieldStart("value");
            g.writeStringField("intValue", Integer.toString(span.attempt - 1));
            g.writeEndObject();
            g.writeEndObject();
        }
        if (span.error != null) {
            attribute(g, "error.type", span.error);
        }
        g.writeEndArray();
        if (span.events != null) {
            g.writeArrayFieldStart("events");
            for (TraceSpan.SpanEvent event : span.events) {
                g.writeStartObject();
                g.writeStringField("timeUnixNano", Long.toString(SpanJson.nanos(epochNanos, event.at())));
                g.writeStringField("name", event.name());
                g.writeArrayFieldStart("attributes");
                if (event.cause() != null) {
                    attribute(g, "error.type", event.cause());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("status");
        if (span.error != null) {
            g.writeNumberField("code", 2);
            g.writeStringField("message", span.error);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void attribute(JsonGenerator g, String key, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", key);
        g.writeObjectFieldStart("value");
        g.writeStringField("stringValue", value);
        g.writeEndObject();
        g.writeEndObject();
    }
}
