package io.mdecomp.simulator.component;

/**
 * Token buckets for many keys in primitive arrays: each holds up to {@code burst} tokens, refilled
 * continuously at {@code rate} per second and full at the start; a request takes one token or is
 * refused.
 */
public final class TokenBucket {

    private final double rate;
    private final double burst;
    private final double[] tokens;
    private final double[] updated;

    public TokenBucket(double ratePerSecond, double burst, int keys) {
        if (!(ratePerSecond > 0) || !(burst >= 1) || keys < 1) {
            throw new IllegalArgumentException("token bucket needs rate > 0, burst >= 1, keys >= 1");
        }
        this.rate = ratePerSecond;
        this.burst = burst;
        this.tokens = new double[keys];
        this.updated = new double[keys];
        java.util.Arrays.fill(tokens, burst);
    }

    /** Takes a token for {@code key} at {@code now}; false when the bucket is empty. */
    public boolean tryTake(int key, double now) {
        double available = Math.min(burst, tokens[key] + (now - updated[key]) * rate);
        updated[key] = now;
        if (available >= 1) {
            tokens[key] = available - 1;
            return true;
        }
        tokens[key] = available;
        return false;
    }
}
