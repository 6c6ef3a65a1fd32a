package io.mdecomp.simulator.component;

import java.util.Locale;

/**
 * Why a call or request failed (SPEC §7). A failed request is counted once, under the cause of
 * the failure that made it fail.
 */
public enum ErrorCause {
    /** The caller's time limiter gave up (the callee may still be working). */
    TIMEOUT,
    /** A full instance queue, a full bulkhead or a full gateway (workers and queue) refused the call. */
    REJECTED,
    /** An open (or saturated half-open) circuit breaker refused the call. */
    CIRCUIT_OPEN,
    /** A gateway token bucket was empty (HTTP 429). */
    RATE_LIMITED,
    /** The gateway's authentication rejected the request (HTTP 401). */
    UNAUTHORIZED,
    /** No gateway route matched (HTTP 404). */
    NOT_FOUND,
    /** The caller's discovery view held no usable instance of the callee. */
    NO_INSTANCE,
    /** The chosen instance was dead (it was still listed by discovery). */
    CONNECTION_REFUSED,
    /** A fault injected the failure. */
    INJECTED,
    /** A network partition separated caller and callee. */
    PARTITIONED;

    private static final ErrorCause[] VALUES = values();

    /** The JSON name: {@code connection-refused}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The cause with this JSON name. */
    public static ErrorCause fromLabel(String label) {
        for (ErrorCause cause : VALUES) {
            if (cause.label().equals(label)) {
                return cause;
            }
        }
        throw new IllegalArgumentException("unknown error cause '" + label + "'");
    }

    /** The causes, indexed by ordinal. */
    public static ErrorCause byOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }
}
