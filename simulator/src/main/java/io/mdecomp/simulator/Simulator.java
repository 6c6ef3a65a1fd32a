package io.mdecomp.simulator;

import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.engine.RandomStreams;
import io.mdecomp.simulator.result.EstimateMetric;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The simulator's facade: runs scenarios against a model and returns their results. Pure apart
 * from {@code wallSeconds}: the same model, scenarios and seeds give the same report.
 * Replication r ≥ 1 of a scenario with seed s runs with seed mix(s + r) (SplitMix64); the body of
 * a result is replication 0's, with 95% Student-t intervals over all replications attached.
 */
public final class Simulator {

    /** The confidence level of replication intervals. */
    public static final double LEVEL = 0.95;

    private Simulator() {
    }

    /** Runs every scenario in order. */
    public static SimulationReport run(DomainModel model, List<Scenario> scenarios, RunOptions options) {
        if (options.traces().isPresent() && scenarios.size() != 1) {
            throw new IllegalArgumentException("traces are written for one scenario at a time, got " + scenarios.size());
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(run(model, scenario, options));
        }
        return new SimulationReport(SimulationReport.SCHEMA_VERSION, model.system(), results);
    }

    /**
     * Runs one scenario, with {@code options.replications()} replications, up to
     * {@code options.threads()} of them at once. Only the first replication's result is kept whole;
     * of the others only the estimated numbers are kept, so memory does not grow with the
     * replications. The result does not depend on the number of threads.
     */
    public static ScenarioResult run(DomainModel model, Scenario scenario, RunOptions options) {
        Scenario base = options.seed().isPresent()
                ? scenario.toBuilder().seed(options.seed().getAsLong()).build() : scenario;
        if (options.replications() == 1) {
            return Run.execute(model, base, options.progress(), 0, options.traces());
        }
        Estimates estimates = new Estimates(options.replications());
        ParallelRuns.forEachInOrder(options.replications(), options.threads(),
                r -> r == 0 ? Run.execute(model, base, options.progress(), 0, options.traces())
                        : replication(model, base, r, options.progress()),
                estimates::add);
        return estimates.result();
    }

    /** The numbers estimated over replications, collected from the replications' results in order. */
    private static final class Estimates {
        private final int replications;
        private ScenarioResult first;
        private List<Measure> measures;
        private double[][] values;

        Estimates(int replications) {
            this.replications = replications;
        }

        void add(int replication, ScenarioResult result) {
            if (replication == 0) {
                first = result;
                measures = measures(result);
                values = new double[measures.size()][replications];
            }
            for (int m = 0; m < measures.size(); m++) {
                values[m][replication] = measures.get(m).read.applyAsDouble(result);
            }
        }

        ScenarioResult result() {
            List<Replications.Estimate> estimates = new ArrayList<>();
            for (int m = 0; m < measures.size(); m++) {
                ConfidenceInterval ci = ConfidenceInterval.of(values[m], LEVEL);
                Measure measure = measures.get(m);
                estimates.add(new Replications.Estimate(measure.metric, measure.route, ci.mean(), ci.halfWidth(),
                        ci.lower(), ci.upper()));
            }
            return first.withReplications(new Replications(replications, LEVEL, estimates));
        }
    }

    /** A number estimated over replications, and how to read it off one replication's result. */
    private record Measure(EstimateMetric metric, Optional<String> route, ToDoubleFunction<ScenarioResult> read) {
    }

    /** The numbers estimated for a scenario whose first replication gave {@code first}. */
    private static List<Measure> measures(ScenarioResult first) {
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(EstimateMetric.THROUGHPUT, Optional.empty(),
                s -> s.routes().stream().mapToDouble(x -> x.throughput()).sum()));
        measures.add(new Measure(EstimateMetric.ERROR_RATE, Optional.empty(), s -> s.requests().errorRate()));
        measures.add(new Measure(EstimateMetric.LATENCY_MEAN, Optional.empty(), Simulator::meanLatency));
        for (int i = 0; i < first.routes().size(); i++) {
            int index = i;
            Optional<String> route = Optional.of(first.routes().get(i).route());
            measures.add(new Measure(EstimateMetric.ROUTE_P99, route, s -> s.routes().get(index).latencyMs().p99()));
            measures.add(new Measure(EstimateMetric.ROUTE_MEAN, route, s -> s.routes().get(index).latencyMs().mean()));
        }
        for (int i = 0; i < first.slos().size(); i++) {
            int index = i;
            Optional<String> slo = Optional.of(first.slos().get(i).describe());
            measures.add(new Measure(EstimateMetric.SLO_PASSED, slo, s -> s.slos().get(index).passed() ? 1 : 0));
            measures.add(new Measure(Replications.actualMetric(first.slos().get(i)), slo,
                    s -> s.slos().get(index).actual()));
        }
        for (int i = 0; i < first.sagas().size(); i++) {
            int index = i;
            Optional<String> route = Optional.of(first.sagas().get(i).route());
            measures.add(new Measure(EstimateMetric.SAGA_COMPENSATED, route,
                    s -> s.sagas().get(index).compensated()));
            measures.add(new Measure(EstimateMetric.SAGA_COMPENSATION_FAILED, route,
                    s -> s.sagas().get(index).compensationFailed()));
            measures.add(new Measure(EstimateMetric.SAGA_COMPENSATION_FAILURES, route,
                    s -> s.sagas().get(index).compensationFailures()));
        }
        if (first.gateway().isPresent()) {
            measures.add(new Measure(EstimateMetric.GATEWAY_UTILIZATION, Optional.empty(),
                    s -> s.gateway().orElseThrow().utilization()));
            measures.add(new Measure(EstimateMetric.GATEWAY_REJECTED, Optional.empty(),
                    s -> s.gateway().orElseThrow().rejected()));
        }
        return measures;
    }

    /**
     * Runs replication {@code r} of {@code scenario}: with its own seed for r = 0, else with
     * {@link #replicationSeed}. Two models run with the same scenario and r draw from the same
     * named streams (common random numbers).
     */
    public static ScenarioResult replication(DomainModel model, Scenario scenario, int r, RunOptions.Progress progress) {
        Scenario seeded = r == 0 ? scenario : scenario.toBuilder().seed(replicationSeed(scenario.seed(), r)).build();
        return Run.execute(model, seeded, progress, r, Optional.empty());
    }

    /** The seed of replication {@code r} (r >= 1) of a scenario seeded {@code seed}. */
    public static long replicationSeed(long seed, int r) {
        return RandomStreams.mix(seed + r);
    }

    private static double meanLatency(ScenarioResult s) {
        double sum = 0;
        long ok = 0;
        for (var route : s.routes()) {
            sum += route.latencyMs().mean() * route.ok();
            ok += route.ok();
        }
        return ok == 0 ? 0 : sum / ok;
    }
}
