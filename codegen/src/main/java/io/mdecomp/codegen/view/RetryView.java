package io.mdecomp.codegen.view;

/**
 * A client's retry, as Resilience4j names it: {@code maxAttempts} including the first; before
 * attempt k+1 it waits {@code waitMillis × multiplier^(k−1)}, varied by ±{@code jitter} of that.
 *
 * @param enabled       false when retry is off (one attempt)
 * @param maxAttempts   attempts including the first (1 when off)
 * @param waitMillis    the base wait between attempts
 * @param multiplier    exponential backoff factor, 1 for a fixed wait
 * @param jitter        randomization factor in [0, 1)
 * @param nonIdempotent true when POST and PATCH calls are retried too (retry configured by a
 *                      scenario; they then carry an {@code Idempotency-Key}); false: only GET,
 *                      PUT, DELETE, HEAD and OPTIONS are retried
 */
public record RetryView(boolean enabled, int maxAttempts, long waitMillis, double multiplier, double jitter,
                        boolean nonIdempotent) {

    /** No retry: one attempt. */
    public static final RetryView OFF = new RetryView(false, 1, 0, 1, 0, false);

    /** Resilience4j's default: 3 attempts 500 ms apart, for idempotent calls only. */
    public static final RetryView DEFAULTS = new RetryView(true, 3, 500, 1, 0, false);

    public RetryView {
        if (maxAttempts < 1 || waitMillis < 0 || !(multiplier >= 1) || !(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("retry needs maxAttempts >= 1, wait >= 0, multiplier >= 1, 0 <= jitter < 1");
        }
    }

    /** True when the backoff grows. */
    public boolean exponential() {
        return multiplier > 1;
    }
}
