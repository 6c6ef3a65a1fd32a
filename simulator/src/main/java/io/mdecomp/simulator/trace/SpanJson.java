package io.mdecomp.simulator.trace;

import java.util.Locale;

/** What the two writers share: ids as hex, times as epoch nanoseconds, HTTP status codes for causes. */
final class SpanJson {

    private SpanJson() {
    }

    static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0000000000000000".substring(hex.length()) + hex;
    }

    static String traceId(TraceSpan span) {
        return hex16(span.traceHigh) + hex16(span.traceLow);
    }

    static long nanos(long epochNanos, double seconds) {
        return epochNanos + Math.round(seconds * 1e9);
    }

    /**
     * The HTTP status a failure is answered with: 503 for refusals (rejected, circuit open, no
     * instance), 504 for a timeout, 429, 401, 404 for the gateway's, 500 otherwise; 200 for success.
     */
    static int status(String error) {
        if (error == null) {
            return 200;
        }
        switch (error) {
            case "rate-limited":
                return 429;
            case "unauthorized":
                return 401;
            case "not-found":
                return 404;
            case "timeout":
                return 504;
            case "rejected":
            case "circuit-open":
            case "no-instance":
                return 503;
            default:
                return 500;
        }
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
