package io.mdecomp.simulator.component;

/**
 * A semaphore bulkhead's configuration, named after Resilience4j's and with its defaults for
 * anything not given (see {@link #DEFAULTS}).
 *
 * @param maxConcurrent  the most calls at once, >= 1 ({@code maxConcurrentCalls}, default 25)
 * @param maxWaitSeconds how long a call waits for a permit before it is refused, >= 0
 *                       ({@code maxWaitDuration}, default 0: refused at once)
 */
public record BulkheadSettings(int maxConcurrent, double maxWaitSeconds) {

    /** Resilience4j's defaults: 25 concurrent calls, no waiting. */
    public static final BulkheadSettings DEFAULTS = new BulkheadSettings(25, 0);

    public BulkheadSettings {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("bulkhead maxConcurrent must be >= 1, got " + maxConcurrent);
        }
        if (!(maxWaitSeconds >= 0) || Double.isInfinite(maxWaitSeconds)) {
            throw new IllegalArgumentException("bulkhead maxWait must be a finite duration >= 0, got " + maxWaitSeconds);
        }
    }

    /** At most {@code maxConcurrent} calls at once, without waiting. */
    public static BulkheadSettings of(int maxConcurrent) {
        return new BulkheadSettings(maxConcurrent, 0);
    }
}
