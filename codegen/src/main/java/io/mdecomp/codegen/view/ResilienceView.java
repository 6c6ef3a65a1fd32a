package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * The resilience settings of one client (the calls of one service to another), with Resilience4j's
 * meaning and order: Retry(CircuitBreaker(TimeLimiter(Bulkhead(call)))). Where they come from is
 * {@link ResiliencePolicy}'s business.
 *
 * @param timeoutMillis how long one attempt may take; 0: no limit
 * @param retry         the retry
 * @param breaker       the circuit breaker
 * @param bulkhead      the most concurrent calls (no waiting); 0: no bulkhead
 * @param source        {@code Resilience4j defaults}, or {@code scenario NAME}
 */
public record ResilienceView(long timeoutMillis, RetryView retry, BreakerView breaker, int bulkhead, String source) {

    public ResilienceView {
        if (timeoutMillis < 0 || bulkhead < 0) {
            throw new IllegalArgumentException("timeout and bulkhead must be >= 0");
        }
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(breaker, "breaker");
        Objects.requireNonNull(source, "source");
    }

    /** True when attempts have a time limit. */
    public boolean hasTimeout() {
        return timeoutMillis > 0;
    }

    /** True when there is a bulkhead. */
    public boolean hasBulkhead() {
        return bulkhead > 0;
    }
}
