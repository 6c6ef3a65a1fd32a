package io.mdecomp.simulator.component;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Retry after Resilience4j: {@code maxAttempts} including the first; before attempt k+1 it waits
 * {@code wait × multiplier^(k−1)}, drawn uniformly from ±{@code jitter} of that (Resilience4j's
 * randomization factor). An optional budget (Finagle's {@link RetryBudget}) allows a retry only
 * while the calls of about the last {@code ttl} leave room for it.
 *
 * @param maxAttempts attempts including the first, >= 1 (Resilience4j default 3)
 * @param waitSeconds the base wait (default 0.5s)
 * @param multiplier  exponential backoff factor, >= 1 (1: fixed wait)
 * @param jitter      randomization factor in [0, 1)
 * @param budget      the optional retry budget of the caller–callee pair
 * @param retryOn     the causes that are retried (default: all)
 */
public record RetrySettings(int maxAttempts, double waitSeconds, double multiplier, double jitter,
                            Optional<RetryBudgetSettings> budget, Set<ErrorCause> retryOn) {

    public static final RetrySettings DEFAULTS = new RetrySettings(3, 0.5, 1, 0, Optional.empty(),
            EnumSet.allOf(ErrorCause.class));

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry maxAttempts must be >= 1");
        }
        if (!(waitSeconds >= 0) || !(multiplier >= 1) || !(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("retry needs wait >= 0, multiplier >= 1, 0 <= jitter < 1");
        }
        Objects.requireNonNull(budget, "budget");
        retryOn = retryOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(retryOn));
    }

    /**
     * Settings whose budget, when {@code percentCanRetry} is present, is Finagle's with that share,
     * {@code minRetriesPerSec} retries per second and the default 10 s window.
     */
    public RetrySettings(int maxAttempts, double waitSeconds, double multiplier, double jitter,
                         OptionalDouble percentCanRetry, int minRetriesPerSec, Set<ErrorCause> retryOn) {
        this(maxAttempts, waitSeconds, multiplier, jitter, percentCanRetry.isPresent()
                ? Optional.of(new RetryBudgetSettings(percentCanRetry.getAsDouble(), minRetriesPerSec,
                RetryBudgetSettings.DEFAULTS.ttlSeconds())) : Optional.empty(), retryOn);
    }

    /** The mean wait before attempt {@code attempt + 1}, after {@code attempt} attempts (>= 1). */
    public double baseWait(int attempt) {
        return waitSeconds * Math.pow(multiplier, attempt - 1);
    }
}
