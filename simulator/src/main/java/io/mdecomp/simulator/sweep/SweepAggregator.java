package io.mdecomp.simulator.sweep;

import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.scenario.SloMetric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Turns the records of every run of a sweep into its report. Pure and order-free: the records
 * are sorted by run number first, so records merged from shards in any order give the same
 * report, bit for bit, as the records of one run on one machine.
 *
 * <p>Per point and objective, over the R replications x₁..x_R of the objective's actual value: the
 * mean, and the one-sided Student-t bound at confidence C, mean ± t(C, R−1)·s/√R (upper for
 * latencies and error rates, lower for availability; with R = 1 the value itself). The objective
 * holds when the bound is within the target. Reported intervals are two-sided at C.
 *
 * <p>Ranking, best first, compares in turn: (1) objectives that do not hold, fewer first; (2) the
 * error budget spent, the highest over the errorRate and availability objectives of actual
 * failures over allowed failures (the error rate itself without such objectives), lower first;
 * (3) retry amplification, attempts over calls, lower first; (4) the highest actual over target
 * of latency objectives, lower first; (5) the point's number. The Pareto front is the points no
 * other point matches or beats on (1)–(3) while beating them on one.
 */
public final class SweepAggregator {

    /** Stands for a ratio whose allowance is zero while the actual is not (e.g. 0.2% errors against 0%). */
    public static final double UNBOUNDED = 1e6;

    private SweepAggregator() {
    }

    /**
     * The report of a sweep with header {@code header} from all its records; throws
     * {@code IllegalArgumentException} when a run has no record or two.
     */
    public static SweepReport aggregate(SweepHeader header, List<RunRecord> records) {
        long runs = header.runs();
        RunRecord[] byRun = new RunRecord[Math.toIntExact(runs)];
        for (RunRecord record : records) {
            if (record.run() < 0 || record.run() >= runs) {
                throw new IllegalArgumentException("run " + record.run() + " is not a run of this sweep (0.."
                        + (runs - 1) + ")");
            }
            if (byRun[(int) record.run()] != null) {
                throw new IllegalArgumentException("run " + record.run() + " has two records");
            }
            byRun[(int) record.run()] = record;
        }
        for (int run = 0; run < byRun.length; run++) {
            if (byRun[run] == null) {
                throw new IllegalArgumentException("run " + run + " has no record");
            }
        }
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        int offset = 0;
        for (ScenarioSweep sweep : header.scenarios()) {
            List<PointOutcome> points = new ArrayList<>();
            for (int p = 0; p < sweep.points(); p++) {
                RunRecord[] point = new RunRecord[sweep.replications()];
                System.arraycopy(byRun, offset + p * sweep.replications(), point, 0, point.length);
                points.add(point(sweep, p, point, header.confidence()));
            }
            offset += (int) sweep.runs();
            outcomes.add(rank(sweep, points));
        }
        return new SweepReport(header, outcomes);
    }

    private static PointOutcome point(ScenarioSweep sweep, int p, RunRecord[] runs, double confidence) {
        double display = confidence;
        List<SloOutcome> slos = new ArrayList<>();
        int failed = 0;
        double budget = -1;
        for (int i = 0; i < sweep.slos().size(); i++) {
            Slo slo = sweep.slos().get(i);
            double[] values = new double[runs.length];
            for (int r = 0; r < runs.length; r++) {
                values[r] = runs[r].slos().get(i);
            }
            SloOutcome outcome = judge(slo, values, confidence);
            slos.add(outcome);
            if (!outcome.passed()) {
                failed++;
            }
            if (slo.metric() == SloMetric.ERROR_RATE || slo.metric() == SloMetric.AVAILABILITY) {
                budget = Math.max(budget, outcome.ratio());
            }
        }
        long calls = 0;
        long attempts = 0;
        double[] errorRate = new double[runs.length];
        double[] throughput = new double[runs.length];
        double[] latency = new double[runs.length];
        for (int r = 0; r < runs.length; r++) {
            calls += runs[r].calls();
            attempts += runs[r].attempts();
            errorRate[r] = runs[r].errorRate();
            throughput[r] = runs[r].throughput();
            latency[r] = runs[r].meanLatencyMs();
        }
        double amplification = calls == 0 ? 1 : attempts / (double) calls;
        return new PointOutcome(p, sweep.values(p), runs.length, slos, failed, Estimate.of(errorRate, display),
                Estimate.of(throughput, display), Estimate.of(latency, display), amplification,
                budget < 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(budget, UNBOUNDED)), 0, false);
    }

    /**
     * The verdict on {@code slo} over replications whose actual values are {@code values}: it holds
     * when the one-sided Student-t bound at {@code confidence} is within the target.
     */
    public static SloOutcome judge(Slo slo, double[] values, double confidence) {
        int passedRuns = 0;
        for (double value : values) {
            if (holds(slo, value)) {
                passedRuns++;
            }
        }
        Estimate bound = Estimate.of(values, 2 * confidence - 1);
        double limit = slo.metric().isLowerBound() ? bound.mean() - bound.halfWidth() : bound.mean() + bound.halfWidth();
        return new SloOutcome(slo, Estimate.of(values, confidence), limit, passedRuns, holds(slo, limit));
    }

    private static boolean holds(Slo slo, double value) {
        return slo.metric().isLowerBound() ? value >= slo.target() : value <= slo.target();
    }

    /** The order of {@link SweepAggregator}'s ranking. */
    public static final Comparator<PointOutcome> RANKING = Comparator.comparingInt(PointOutcome::failedSlos)
            .thenComparingDouble(PointOutcome::budgetOrErrorRate)
            .thenComparingDouble(PointOutcome::retryAmplification)
            .thenComparingDouble(PointOutcome::latencyRatio)
            .thenComparingInt(PointOutcome::point);

    private static ScenarioOutcome rank(ScenarioSweep sweep, List<PointOutcome> points) {
        List<Integer> order = IntStream.range(0, points.size()).boxed()
                .sorted(Comparator.comparing(points::get, RANKING)).toList();
        PointOutcome[] ranked = new PointOutcome[points.size()];
        for (int position = 0; position < order.size(); position++) {
            int p = order.get(position);
            ranked[p] = points.get(p).ranked(position + 1, onFront(points.get(p), points));
        }
        return new ScenarioOutcome(sweep, List.of(ranked), order);
    }

    private static boolean onFront(PointOutcome point, List<PointOutcome> all) {
        for (PointOutcome other : all) {
            if (other != point && dominates(other, point)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code a} is no worse than {@code b} on every Pareto objective and better on one. */
    static boolean dominates(PointOutcome a, PointOutcome b) {
        double[] x = {a.failedSlos(), a.budgetOrErrorRate(), a.retryAmplification()};
        double[] y = {b.failedSlos(), b.budgetOrErrorRate(), b.retryAmplification()};
        boolean better = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > y[i]) {
                return false;
            }
            better |= x[i] < y[i];
        }
        return better;
    }
}
