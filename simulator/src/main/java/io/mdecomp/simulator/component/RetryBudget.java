package io.mdecomp.simulator.component;

import java.util.Arrays;

/**
 * Finagle's {@code RetryBudget} (its {@code TokenRetryBudget} over a leaky token bucket), with its
 * integer arithmetic: every call deposits 1,000 tokens, a retry withdraws
 * {@code (int) (1000 / percentCanRetry)} of them (1 without a share), and the bucket holds the
 * deposits of about the last {@code ttl} (a windowed sum over ten slices of {@code ttl / 10})
 * plus a constant reserve of {@code minRetriesPerSec × ttl (whole seconds) × withdrawal}. A retry
 * is allowed when the bucket holds at least one withdrawal; a retry's withdrawal leaves the
 * window like a deposit does. Time is read in whole milliseconds, as Finagle's clock gives it.
 * So in steady traffic about {@code percentCanRetry} of the calls of the last {@code ttl} may be
 * retried on top of {@code minRetriesPerSec}, and a budget used up in an outage refills as old
 * deposits and withdrawals leave the window, instead of counting from the start of the run.
 */
final class RetryBudget {

    private static final int SCALE = 1000;
    private static final int SLICES = 10;

    private final boolean empty;
    private final int deposit;
    private final int withdrawal;
    private final long reserve;
    private final WindowedSum tokens;

    /** A budget that starts at {@code nowSeconds}. */
    RetryBudget(RetryBudgetSettings settings, double nowSeconds) {
        this.empty = settings.minRetriesPerSec() == 0 && settings.percentCanRetry() == 0;
        this.deposit = settings.percentCanRetry() == 0 ? 0 : SCALE;
        this.withdrawal = settings.percentCanRetry() == 0 ? 1 : (int) (SCALE / settings.percentCanRetry());
        long ttlMillis = millis(settings.ttlSeconds());
        this.reserve = (long) settings.minRetriesPerSec() * (ttlMillis / 1000) * withdrawal;
        this.tokens = new WindowedSum(ttlMillis, SLICES, millis(nowSeconds));
    }

    /** A call was made. */
    void deposit(double nowSeconds) {
        if (!empty) {
            tokens.add(millis(nowSeconds), deposit);
        }
    }

    /** Asks to retry; true (and the tokens taken) when the budget allows it. */
    boolean tryWithdraw(double nowSeconds) {
        if (empty) {
            return false;
        }
        long now = millis(nowSeconds);
        if (tokens.sum(now) + reserve >= withdrawal) {
            tokens.add(now, -withdrawal);
            return true;
        }
        return false;
    }

    /** The retries the budget allows now. */
    long balance(double nowSeconds) {
        return empty ? 0 : (tokens.sum(millis(nowSeconds)) + reserve) / withdrawal;
    }

    /** Whole milliseconds, truncated, of a time measured in whole nanoseconds. */
    private static long millis(double seconds) {
        return CircuitBreaker.nanos(seconds) / 1_000_000;
    }

    /**
     * Finagle's {@code WindowedAdder}: a running sum whose additions leave it after about
     * {@code range}. The current slice collects additions; when it is at least {@code range /
     * slices} old it joins the {@code slices − 1} earlier ones (the oldest is dropped), skipping
     * slices in which nothing happened.
     */
    static final class WindowedSum {
        private final long window;
        private final int n;
        private final long[] past;
        private long current;
        private int index;
        private long started;

        WindowedSum(long range, int slices, long now) {
            if (slices < 2 || range / slices < 1) {
                throw new IllegalArgumentException("a windowed sum needs at least 2 slices of at least 1 unit");
            }
            this.window = range / slices;
            this.n = slices - 1;
            this.past = new long[n];
            this.started = now;
        }

        private void roll(long now) {
            past[index] = current;
            current = 0;
            index = (index + 1) % n;
            long skip = Math.min((now - started) / window - 1, n);
            if (skip > 0) {
                int first = (int) Math.min(skip, n - index);
                Arrays.fill(past, index, index + first, 0L);
                Arrays.fill(past, 0, (int) skip - first, 0L);
                index = (int) ((index + skip) % n);
            }
            started = now;
        }

        void add(long now, long amount) {
            if (now - started >= window) {
                roll(now);
            }
            current += amount;
        }

        long sum(long now) {
            if (now - started >= window) {
                roll(now);
            }
            long sum = current;
            for (long value : past) {
                sum += value;
            }
            return sum;
        }
    }
}
