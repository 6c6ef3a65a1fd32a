package io.mdecomp.simulator.result;

import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.ErrorCause;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Calls from one caller to one callee: calls, attempts (first tries and retries), failed attempts
 * by cause, and of those the ones this edge failed itself ({@code ownErrors}: refused by its
 * breaker or bulkhead, no instance, its time limiter, a partition, a dead instance); the rest the
 * callee answered with ({@link #downstreamErrors()}).
 */
public record CallResult(CallKey call, long calls, long attempts, long retries, SortedMap<ErrorCause, Long> errors,
                         SortedMap<ErrorCause, Long> ownErrors) {

    public CallResult {
        Objects.requireNonNull(call, "call");
        errors = Errors.copy(errors);
        ownErrors = Errors.copy(ownErrors);
        for (Map.Entry<ErrorCause, Long> own : ownErrors.entrySet()) {
            if (own.getValue() > errors.getOrDefault(own.getKey(), 0L)) {
                throw new IllegalArgumentException("more own " + own.getKey().label() + " failures than failures");
            }
        }
    }

    /** A result whose failures are all counted as the callee's answers. */
    public CallResult(CallKey call, long calls, long attempts, long retries, SortedMap<ErrorCause, Long> errors) {
        this(call, calls, attempts, retries, errors, new TreeMap<>());
    }

    /** The failed attempts the callee answered with a failure (its own or from further down), by cause. */
    public SortedMap<ErrorCause, Long> downstreamErrors() {
        TreeMap<ErrorCause, Long> downstream = new TreeMap<>();
        errors.forEach((cause, n) -> {
            long rest = n - ownErrors.getOrDefault(cause, 0L);
            if (rest > 0) {
                downstream.put(cause, rest);
            }
        });
        return Errors.copy(downstream);
    }
}
