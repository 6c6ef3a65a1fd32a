package io.mdecomp.codegen.view;

/**
 * The resilience settings of a client, as Resilience4j names them. Defaults are Resilience4j's
 * ({@link #DEFAULTS}); the timeout is the longest {@code timeout} the model gives on this service's
 * calls to the callee, else Resilience4j's time-limiter default of 1 s.
 *
 * @param timeoutMillis                  how long one attempt may take
 * @param retryMaxAttempts               attempts including the first
 * @param retryWaitMillis                wait between attempts
 * @param breakerFailureRateThreshold    percentage of failed calls that opens the breaker
 * @param breakerSlidingWindowSize       calls in the count-based window
 * @param breakerMinimumCalls            calls needed before the rate is computed
 * @param breakerWaitInOpenMillis        time in the open state before trying half-open
 * @param breakerHalfOpenCalls           calls permitted in the half-open state
 */
public record ResilienceView(long timeoutMillis, int retryMaxAttempts, long retryWaitMillis,
                             int breakerFailureRateThreshold, int breakerSlidingWindowSize,
                             int breakerMinimumCalls, long breakerWaitInOpenMillis, int breakerHalfOpenCalls) {

    /** Resilience4j's defaults: 1 s, 3 attempts 500 ms apart, 50 % of 100 calls (minimum 100), 60 s open, 10 half-open. */
    public static final ResilienceView DEFAULTS = new ResilienceView(1000, 3, 500, 50, 100, 100, 60_000, 10);

    /** These settings with another timeout. */
    public ResilienceView withTimeoutMillis(long millis) {
        return new ResilienceView(millis, retryMaxAttempts, retryWaitMillis, breakerFailureRateThreshold,
                breakerSlidingWindowSize, breakerMinimumCalls, breakerWaitInOpenMillis, breakerHalfOpenCalls);
    }
}
