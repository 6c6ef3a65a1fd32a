package io.mdecomp.simulator.theory;

import java.util.function.LongToDoubleFunction;

/** Mean and standard error of a metric over independent replications with seeds 1..n. */
record Replicated(double mean, double standardError, int n) {

    static Replicated of(int n, LongToDoubleFunction run) {
        double sum = 0;
        double sumSq = 0;
        for (long seed = 1; seed <= n; seed++) {
            double v = run.applyAsDouble(seed);
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / n;
        double variance = (sumSq - n * mean * mean) / (n - 1);
        return new Replicated(mean, Math.sqrt(Math.max(0, variance) / n), n);
    }

    /** True when {@code expected} lies within 3 standard errors of the mean. */
    boolean agreesWith(double expected) {
        return Math.abs(mean - expected) <= 3 * standardError;
    }

    @Override
    public String toString() {
        return mean + " ± " + standardError + " (n=" + n + ")";
    }
}
