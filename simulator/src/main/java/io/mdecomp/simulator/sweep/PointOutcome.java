package io.mdecomp.simulator.sweep;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One point of a sweep over its replications.
 *
 * @param point              the point's number (the last axis changes fastest)
 * @param values             its value on each axis
 * @param runs               the replications it ran
 * @param slos               each objective, in the scenario's order
 * @param failedSlos         objectives that do not hold at the sweep's confidence
 * @param errorRate          failed over answered requests
 * @param throughput         successful requests per second
 * @param meanLatencyMs      mean latency of successful requests
 * @param retryAmplification attempts over calls, summed over every caller–callee pair and run (1: no retries)
 * @param errorBudgetSpent   the largest share of an error budget spent (errorRate and availability
 *                           objectives: actual failures over allowed failures); empty without such objectives
 * @param rank               1 for the best point (see {@link SweepAggregator})
 * @param pareto             true when no other point is at least as good on failed objectives, error
 *                           budget (or error rate) and retry amplification and better on one
 */
public record PointOutcome(int point, List<String> values, int runs, List<SloOutcome> slos, int failedSlos,
                           Estimate errorRate, Estimate throughput, Estimate meanLatencyMs, double retryAmplification,
                           OptionalDouble errorBudgetSpent, int rank, boolean pareto) {

    public PointOutcome {
        values = List.copyOf(values);
        slos = List.copyOf(slos);
        Objects.requireNonNull(errorRate, "errorRate");
        Objects.requireNonNull(throughput, "throughput");
        Objects.requireNonNull(meanLatencyMs, "meanLatencyMs");
        Objects.requireNonNull(errorBudgetSpent, "errorBudgetSpent");
    }

    /** True when every objective holds at the sweep's confidence. */
    public boolean passed() {
        return failedSlos == 0;
    }

    /** The error budget spent, or the error rate when no objective bounds errors: what ranking reads second. */
    public double budgetOrErrorRate() {
        return errorBudgetSpent.orElse(errorRate.mean());
    }

    /** The highest actual over target among latency objectives (0 without one): ranking reads it last. */
    public double latencyRatio() {
        return slos.stream().filter(s -> s.slo().metric().isLatency()).mapToDouble(SloOutcome::ratio).max().orElse(0);
    }

    PointOutcome ranked(int newRank, boolean onFront) {
        return new PointOutcome(point, values, runs, slos, failedSlos, errorRate, throughput, meanLatencyMs,
                retryAmplification, errorBudgetSpent, newRank, onFront);
    }
}
