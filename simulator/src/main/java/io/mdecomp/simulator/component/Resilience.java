package io.mdecomp.simulator.component;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The resilience patterns wrapped around calls from one caller to one callee. A pattern that is
 * absent is off. Order (Resilience4j's default aspect order):
 * Retry(CircuitBreaker(TimeLimiter(Bulkhead(call)))).
 *
 * @param timeoutSeconds the time limiter's limit per attempt
 * @param retry          retries
 * @param breaker        the circuit breaker
 * @param bulkhead       the most concurrent calls, and how long a call waits for a permit
 */
public record Resilience(OptionalDouble timeoutSeconds, Optional<RetrySettings> retry,
                         Optional<BreakerSettings> breaker, Optional<BulkheadSettings> bulkhead) {

    /** Nothing switched on. */
    public static final Resilience NONE = new Resilience(OptionalDouble.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** Patterns whose bulkhead, when present, refuses calls at once instead of letting them wait. */
    public Resilience(OptionalDouble timeoutSeconds, Optional<RetrySettings> retry, Optional<BreakerSettings> breaker,
                      OptionalInt bulkhead) {
        this(timeoutSeconds, retry, breaker, bulkhead.isPresent()
                ? Optional.of(BulkheadSettings.of(bulkhead.getAsInt())) : Optional.empty());
    }

    public Resilience {
        Objects.requireNonNull(timeoutSeconds, "timeoutSeconds");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(breaker, "breaker");
        Objects.requireNonNull(bulkhead, "bulkhead");
    }

    /** This, with each pattern {@code override} gives replacing ours. */
    public Resilience overriddenBy(Resilience override) {
        return new Resilience(
                override.timeoutSeconds.isPresent() ? override.timeoutSeconds : timeoutSeconds,
                override.retry.isPresent() ? override.retry : retry,
                override.breaker.isPresent() ? override.breaker : breaker,
                override.bulkhead.isPresent() ? override.bulkhead : bulkhead);
    }
}
