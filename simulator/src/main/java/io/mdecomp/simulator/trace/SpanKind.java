package io.mdecomp.simulator.trace;

/** OpenTelemetry's span kinds, with their OTLP numbers and Zipkin names (internal spans have none there). */
public enum SpanKind {
    INTERNAL(1, null),
    SERVER(2, "SERVER"),
    CLIENT(3, "CLIENT"),
    PRODUCER(4, "PRODUCER"),
    CONSUMER(5, "CONSUMER");

    private final int otlp;
    private final String zipkin;

    SpanKind(int otlp, String zipkin) {
        this.otlp = otlp;
        this.zipkin = zipkin;
    }

    public int otlp() {
        return otlp;
    }

    /** Zipkin's name, or null for internal spans (Zipkin leaves the kind out). */
    public String zipkin() {
        return zipkin;
    }
}
