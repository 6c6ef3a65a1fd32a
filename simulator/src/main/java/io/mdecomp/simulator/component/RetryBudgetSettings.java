package io.mdecomp.simulator.component;

/**
 * A retry budget's configuration, named after Finagle's {@code RetryBudget} and with its defaults
 * for anything not given (see {@link #DEFAULTS}).
 *
 * @param percentCanRetry  the share of calls that may be retried on top of the reserve, in [0, 1]
 *                         (Finagle's {@code percentCanRetry}, default 0.2)
 * @param minRetriesPerSec retries per second allowed whatever the traffic, >= 0 (default 10)
 * @param ttlSeconds       how long a call's deposit counts, in [1, 60] seconds (default 10)
 */
public record RetryBudgetSettings(double percentCanRetry, int minRetriesPerSec, double ttlSeconds) {

    /** Finagle's defaults: 20% of calls, 10 retries per second, over 10 s. */
    public static final RetryBudgetSettings DEFAULTS = new RetryBudgetSettings(0.2, 10, 10);

    /** Finagle's bounds on the window. */
    public static final double MIN_TTL_SECONDS = 1;
    public static final double MAX_TTL_SECONDS = 60;

    public RetryBudgetSettings {
        if (!(percentCanRetry >= 0 && percentCanRetry <= 1)) {
            throw new IllegalArgumentException("percentCanRetry must lie in [0, 1], got " + percentCanRetry);
        }
        if (minRetriesPerSec < 0) {
            throw new IllegalArgumentException("minRetriesPerSec must be >= 0, got " + minRetriesPerSec);
        }
        if (!(ttlSeconds >= MIN_TTL_SECONDS && ttlSeconds <= MAX_TTL_SECONDS)) {
            throw new IllegalArgumentException("the budget's ttl must lie in [1s, 60s], got " + ttlSeconds + "s");
        }
    }
}
