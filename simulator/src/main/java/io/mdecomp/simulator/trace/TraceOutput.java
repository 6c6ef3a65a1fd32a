package io.mdecomp.simulator.trace;

import java.io.Writer;
import java.util.Objects;

/**
 * Where and how to write traces of a run.
 *
 * @param format     Zipkin v2 or OTLP JSON
 * @param sample     the share of requests recorded, in (0, 1]
 * @param target     the stream spans are written to (the caller opens and closes it)
 * @param epochNanos the Unix time in nanoseconds that simulated time 0 maps to
 */
public record TraceOutput(TraceFormat format, double sample, Writer target, long epochNanos) {

    /** 2026-01-01T00:00:00Z, where simulated time starts unless told otherwise. */
    public static final long DEFAULT_EPOCH_NANOS = 1_767_225_600_000_000_000L;

    public TraceOutput {
        Objects.requireNonNull(format, "format");
        if (!(sample > 0 && sample <= 1)) {
            throw new IllegalArgumentException("the trace sample must lie in (0, 1], got " + sample);
        }
        Objects.requireNonNull(target, "target");
    }
}
