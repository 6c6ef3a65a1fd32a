package io.mdecomp.simulator.compare;

import io.mdecomp.simulator.stats.ConfidenceInterval;
import io.mdecomp.simulator.stats.Unit;
import java.util.Objects;

/**
 * One number on both models: its mean over the replications on each, and the mean of the paired
 * differences head − base with the half-width of their Student-t confidence interval (pairs share
 * a replication's seed, so what both models draw alike cancels out).
 *
 * @param unit      the unit of base, head and delta
 * @param base      the mean on the base model
 * @param head      the mean on the head model
 * @param delta     the mean of head − base over the replications
 * @param halfWidth the half-width of the interval of {@code delta}
 * @param verdict   better, worse, no significant difference, or not comparable
 */
public record Difference(Unit unit, double base, double head, double delta, double halfWidth, Verdict verdict) {

    public Difference {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * The difference of paired values: {@code base[r]} and {@code head[r]} from replication r.
     * With {@code comparable} false the verdict is {@link Verdict#NOT_COMPARABLE}.
     *
     * @param lowerIsBetter whether a smaller value is the better one (latency, error rate)
     */
    static Difference of(Unit unit, double[] base, double[] head, double level, boolean lowerIsBetter,
                         boolean comparable) {
        double[] deltas = new double[base.length];
        for (int r = 0; r < base.length; r++) {
            deltas[r] = head[r] - base[r];
        }
        ConfidenceInterval ci = ConfidenceInterval.of(deltas, level);
        Verdict verdict;
        if (!comparable) {
            verdict = Verdict.NOT_COMPARABLE;
        } else if (ci.lower() > 0) {
            verdict = lowerIsBetter ? Verdict.WORSE : Verdict.BETTER;
        } else if (ci.upper() < 0) {
            verdict = lowerIsBetter ? Verdict.BETTER : Verdict.WORSE;
        } else {
            verdict = Verdict.NO_SIGNIFICANT_DIFFERENCE;
        }
        return new Difference(unit, mean(base), mean(head), ci.mean(), ci.halfWidth(), verdict);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    public double lower() {
        return delta - halfWidth;
    }

    public double upper() {
        return delta + halfWidth;
    }
}
