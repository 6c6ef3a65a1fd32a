package io.mdecomp.simulator;

import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.engine.RandomStreams;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
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
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(run(model, scenario, options));
        }
        return new SimulationReport(SimulationReport.SCHEMA_VERSION, model.system(), results);
    }

    /** Runs one scenario, with {@code options.replications()} replications. */
    public static ScenarioResult run(DomainModel model, Scenario scenario, RunOptions options) {
        Scenario base = options.seed().isPresent() ? scenario.withSeed(options.seed().getAsLong()) : scenario;
        ScenarioResult first = Run.execute(model, base, options.progress(), 0);
        if (options.replications() == 1) {
            return first;
        }
        List<ScenarioResult> all = new ArrayList<>();
        all.add(first);
        for (int r = 1; r < options.replications(); r++) {
            all.add(Run.execute(model, base.withSeed(replicationSeed(base.seed(), r)), options.progress(), r));
        }
        List<Replications.Estimate> estimates = new ArrayList<>();
        estimates.add(estimate("throughput", all, s -> s.routes().stream().mapToDouble(x -> x.throughput()).sum()));
        estimates.add(estimate("errorRate", all, s -> s.requests().ok() + s.requests().failed() == 0 ? 0
                : s.requests().failed() / (double) (s.requests().ok() + s.requests().failed())));
        estimates.add(estimate("latencyMeanMs", all, Simulator::meanLatency));
        for (int i = 0; i < first.routes().size(); i++) {
            int index = i;
            String route = first.routes().get(i).route();
            estimates.add(estimate(route + " p99Ms", all, s -> s.routes().get(index).latencyMs().p99()));
            estimates.add(estimate(route + " meanMs", all, s -> s.routes().get(index).latencyMs().mean()));
        }
        for (int i = 0; i < first.sagas().size(); i++) {
            int index = i;
            String saga = first.sagas().get(i).route() + " saga";
            estimates.add(estimate(saga + " compensated", all, s -> s.sagas().get(index).compensated()));
            estimates.add(estimate(saga + " compensationFailed", all,
                    s -> s.sagas().get(index).compensationFailed()));
            estimates.add(estimate(saga + " compensationFailures", all,
                    s -> s.sagas().get(index).compensationFailures()));
        }
        if (first.gateway().isPresent()) {
            estimates.add(estimate("gateway utilization", all, s -> s.gateway().orElseThrow().utilization()));
            estimates.add(estimate("gateway rejected", all, s -> s.gateway().orElseThrow().rejected()));
        }
        return first.withReplications(new Replications(all.size(), LEVEL, estimates));
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

    private static Replications.Estimate estimate(String name, List<ScenarioResult> runs,
                                                  ToDoubleFunction<ScenarioResult> metric) {
        List<Double> values = runs.stream().map(metric::applyAsDouble).toList();
        ConfidenceInterval ci = ConfidenceInterval.of(values, LEVEL);
        return new Replications.Estimate(name, ci.mean(), ci.halfWidth(), ci.lower(), ci.upper());
    }
}
