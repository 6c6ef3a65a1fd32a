package io.mdecomp.codegen.view;

/**
 * A client's circuit breaker, as Resilience4j names it.
 *
 * @param enabled               false when there is no breaker
 * @param timeBased             false: the window is the last {@code window} calls; true: the calls of
 *                              the last {@code window} seconds
 * @param window                the sliding window's size (calls, or seconds)
 * @param minimumCalls          calls in the window before a rate is computed
 * @param failureRateThreshold  opens at a failure rate at or above this, in percent
 * @param slowCallRateThreshold opens at a slow-call rate at or above this, in percent
 * @param slowCallMillis        a call longer than this is slow
 * @param waitInOpenMillis      time in the open state before trial calls
 * @param halfOpenCalls         trial calls in the half-open state
 */
public record BreakerView(boolean enabled, boolean timeBased, int window, int minimumCalls,
                          double failureRateThreshold, double slowCallRateThreshold, long slowCallMillis,
                          long waitInOpenMillis, int halfOpenCalls) {

    /** Resilience4j's defaults: a count window of 100 (minimum 100), 50 %, slow 100 % over 60 s, 60 s open, 10 trials. */
    public static final BreakerView DEFAULTS = new BreakerView(true, false, 100, 100, 50, 100, 60_000, 60_000, 10);

    /** No breaker (the settings are Resilience4j's defaults, unused). */
    public static final BreakerView OFF = new BreakerView(false, false, 100, 100, 50, 100, 60_000, 60_000, 10);

    public BreakerView {
        if (window < 1 || minimumCalls < 1 || halfOpenCalls < 1) {
            throw new IllegalArgumentException("breaker window, minimumCalls and halfOpenCalls must be >= 1");
        }
    }
}
