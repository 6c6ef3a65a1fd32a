package io.mdecomp.simulator.component;

/**
 * A circuit breaker's configuration, named after Resilience4j's and with its defaults for
 * anything not given (see {@link #DEFAULTS}).
 *
 * @param timeBased            false: the window is the last {@code window} calls; true: the calls
 *                             of the last {@code window} seconds
 * @param window               the sliding window size (calls, or seconds when time-based), >= 1
 * @param minimumCalls         no rate is computed before this many calls are in the window
 * @param failureRateThreshold opens at a failure rate >= this, in percent (0, 100]
 * @param slowCallRateThreshold opens at a slow-call rate >= this, in percent (0, 100]
 * @param slowCallSeconds      a call longer than this is slow
 * @param waitInOpenSeconds    how long it stays open before letting trial calls through
 * @param halfOpenCalls        the trial calls allowed in half-open, >= 1
 * @param automaticTransition  Resilience4j's {@code automaticTransitionFromOpenToHalfOpenEnabled}:
 *                             false (its default) leaves OPEN only when a call comes strictly after
 *                             the wait; true moves to HALF_OPEN by a timer when the wait is over
 */
public record BreakerSettings(boolean timeBased, int window, int minimumCalls, double failureRateThreshold,
                              double slowCallRateThreshold, double slowCallSeconds, double waitInOpenSeconds,
                              int halfOpenCalls, boolean automaticTransition) {

    /**
     * Resilience4j's defaults: count window 100, minimum 100, 50%, 100% slow over 60s, 60s open, 10
     * trials, no automatic transition.
     */
    public static final BreakerSettings DEFAULTS = new BreakerSettings(false, 100, 100, 50, 100, 60, 60, 10, false);

    /** Settings without the automatic transition from OPEN to HALF_OPEN (Resilience4j's default). */
    public BreakerSettings(boolean timeBased, int window, int minimumCalls, double failureRateThreshold,
                           double slowCallRateThreshold, double slowCallSeconds, double waitInOpenSeconds,
                           int halfOpenCalls) {
        this(timeBased, window, minimumCalls, failureRateThreshold, slowCallRateThreshold, slowCallSeconds,
                waitInOpenSeconds, halfOpenCalls, false);
    }

    public BreakerSettings {
        if (window < 1 || minimumCalls < 1 || halfOpenCalls < 1) {
            throw new IllegalArgumentException("breaker window, minimumCalls and halfOpenCalls must be >= 1");
        }
        if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)
                || !(slowCallRateThreshold > 0 && slowCallRateThreshold <= 100)) {
            throw new IllegalArgumentException("breaker thresholds must lie in (0, 100]");
        }
        if (!(slowCallSeconds >= 0) || !(waitInOpenSeconds >= 0)) {
            throw new IllegalArgumentException("breaker durations must be >= 0");
        }
    }
}
