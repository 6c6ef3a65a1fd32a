package io.mdecomp.simulator.trace;

import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/** The formats simulated traces are written in. */
public enum TraceFormat {
    /** OTLP JSON, one {@code ExportTraceServiceRequest} per line, as the collector's file exporter writes. */
    OTLP,
    /** A Zipkin v2 JSON array of spans, as {@code POST /api/v2/spans} takes. */
    ZIPKIN;

    SpanWriter writer(Writer target, long epochNanos) {
        return this == OTLP ? new OtlpSpanWriter(target, epochNanos) : new ZipkinSpanWriter(target, epochNanos);
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TraceFormat> named(String name) {
        for (TraceFormat format : values()) {
            if (format.cliName().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
