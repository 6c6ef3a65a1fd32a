package io.mdecomp.importer.traces;

import java.util.Locale;

/** The role of a span, as the three formats name it (OpenTelemetry's span kinds). */
public enum SpanKind {
    SERVER,
    CLIENT,
    PRODUCER,
    CONSUMER,
    INTERNAL,
    UNSPECIFIED;

    /**
     * The kind written as Zipkin ({@code SERVER}), Jaeger's {@code span.kind} tag ({@code server}) or
     * OTLP ({@code SPAN_KIND_SERVER}, or its number 0..5); {@link #UNSPECIFIED} for anything else.
     */
    public static SpanKind parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.startsWith("SPAN_KIND_")) {
            name = name.substring("SPAN_KIND_".length());
        }
        switch (name) {
            case "SERVER":
            case "2":
                return SERVER;
            case "CLIENT":
            case "3":
                return CLIENT;
            case "PRODUCER":
            case "4":
                return PRODUCER;
            case "CONSUMER":
            case "5":
                return CONSUMER;
            case "INTERNAL":
            case "1":
                return INTERNAL;
            default:
                return UNSPECIFIED;
        }
    }

    /** True for the kinds that receive work: a request ({@link #SERVER}) or a message ({@link #CONSUMER}). */
    public boolean receives() {
        return this == SERVER || this == CONSUMER;
    }
}
