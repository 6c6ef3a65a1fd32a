package io.mdecomp.simulator.tune;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.scenario.DeploymentOverride;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.sweep.SweepAggregator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Finds the fewest instances per service (and, optionally, the fewest workers per instance) with
 * which every objective of every given scenario holds at a confidence, measuring with the
 * simulator to move and simulating to verify.
 *
 * <p>A candidate is judged by simulating each scenario R times with the candidate's instances
 * (and workers) in place of the model's and the scenario's; replication r has the same seed for
 * every candidate (common random numbers), so candidates differ by their deployment, not by luck.
 * An objective holds when its one-sided Student-t bound at the confidence over the R runs is
 * within its target (as in sweeps).
 *
 * <p>The search:
 * <ol>
 *   <li><b>Probe</b> the model's deployment. Each service's utilization U at n instances of w
 *       workers means U·n·w busy workers: its offered load. No deployment with ⌊U·n·w / w⌋ + 1
 *       instances or fewer keeps it below saturation, so that is where each service starts.</li>
 *   <li><b>Grow</b> while an objective is missed: among the services the missed objectives' routes
 *       wait on (the route's endpoint and all it calls synchronously; every service for an
 *       objective over all routes) that can still grow, add an instance to the most utilised (then
 *       the one with the longest queue, then by name); every service also rises to the bound the
 *       latest runs give. The search gives up when no such service can grow
 *       ({@code --max-instances}), when five moves in a row bring the missed objectives no closer,
 *       or after {@link CapacityOptions#MAX_EVALUATIONS} candidates.</li>
 *   <li><b>Shrink</b> once every objective holds: try one instance fewer of each service, least
 *       utilised first, keep any that still holds, and repeat until no service can lose one. The
 *       answer is therefore verified, and one instance fewer of any service was verified to miss
 *       an objective: those objectives are the binding ones.</li>
 *   <li>With workers: the same grow and shrink over workers per instance, instances fixed.</li>
 * </ol>
 * Candidates already judged are not run again.
 */
public final class CapacityTuner {

    private static final int STALL_LIMIT = 5;

    /** Told after each candidate. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (evaluation, runs) -> { };

        void evaluated(Evaluation evaluation, long runs);
    }

    private final DomainModel model;
    private final List<Scenario> scenarios;
    private final CapacityOptions options;
    private final Listener listener;
    private final Map<Candidate, Evaluation> judged = new HashMap<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final ExecutorService pool;
    private long runs;

    private CapacityTuner(DomainModel model, List<Scenario> scenarios, CapacityOptions options, Listener listener,
                          ExecutorService pool) {
        this.model = model;
        this.scenarios = List.copyOf(scenarios);
        this.options = options;
        this.listener = listener;
        this.pool = pool;
    }

    /** The fewest instances (and workers) with which every objective of {@code scenarios} holds. */
    public static CapacityReport tune(DomainModel model, List<Scenario> scenarios, CapacityOptions options,
                                      Listener listener) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("capacity tuning needs at least one scenario");
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), task -> {
            Thread thread = new Thread(task, "tune");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new CapacityTuner(model, scenarios, options, listener, pool).search();
        } finally {
            pool.shutdownNow();
        }
    }

    private CapacityReport search() {
        TreeMap<String, Integer> instances = new TreeMap<>();
        TreeMap<String, Integer> workers = new TreeMap<>();
        for (Service service : model.services()) {
            instances.put(service.name(), Math.min(options.maxInstances(), service.deployment().instances()));
            if (options.workers()) {
                workers.put(service.name(), Math.min(options.maxWorkers(), service.deployment().workers()));
            }
        }
        Evaluation probe = evaluate(new Candidate(instances, workers), "probe: the model's deployment");
        Candidate start = probe.candidate();
        for (Service service : model.services()) {
            int bound = Math.min(options.maxInstances(), probe.services().get(service.name()).minInstances());
            start = start.withInstances(service.name(), bound);
        }
        Evaluation current = start.equals(probe.candidate()) ? probe
                : evaluate(start, "start: each service at the fewest instances below saturation at the probe's load");
        Outcome outcome = grow(current, Dimension.INSTANCES);
        if (outcome.feasible) {
            outcome = new Outcome(shrink(outcome.evaluation, Dimension.INSTANCES), true, outcome.reason);
            if (options.workers()) {
                Candidate fewer = outcome.evaluation.candidate();
                for (Service service : model.services()) {
                    int bound = Math.min(options.maxWorkers(),
                            outcome.evaluation.services().get(service.name()).minWorkers());
                    fewer = fewer.withWorkers(service.name(), bound);
                }
                Evaluation workersStart = evaluate(fewer,
                        "workers: each service at the fewest workers below saturation at the measured load");
                Outcome grown = grow(workersStart, Dimension.WORKERS);
                outcome = grown.feasible ? new Outcome(shrink(grown.evaluation, Dimension.WORKERS), true, grown.reason)
                        : grown;
            }
        }
        return report(outcome);
    }

    /** Instances or workers: the two things the search moves. */
    private enum Dimension {
        INSTANCES("instance", "instances"), WORKERS("worker", "workers");

        final String one;
        final String many;

        Dimension(String one, String many) {
            this.one = one;
            this.many = many;
        }

        int of(Candidate c, String service) {
            return this == INSTANCES ? c.instances().get(service) : c.workers().get(service);
        }

        Candidate with(Candidate c, String service, int count) {
            return this == INSTANCES ? c.withInstances(service, count) : c.withWorkers(service, count);
        }

        int bound(Evaluation.Load load) {
            return this == INSTANCES ? load.minInstances() : load.minWorkers();
        }
    }

    private record Outcome(Evaluation evaluation, boolean feasible, String reason) {
    }

    private Outcome grow(Evaluation start, Dimension dimension) {
        int max = dimension == Dimension.INSTANCES ? options.maxInstances() : options.maxWorkers();
        Evaluation current = start;
        double miss = miss(current);
        int stalled = 0;
        while (!current.holds()) {
            if (evaluations.size() >= CapacityOptions.MAX_EVALUATIONS) {
                return new Outcome(current, false, "gave up after " + evaluations.size() + " candidates");
            }
            Set<String> onPath = new TreeSet<>();
            for (Evaluation.ScenarioObjective missed : current.missed()) {
                Scenario scenario = scenario(missed.scenario());
                Slo slo = missed.outcome().slo();
                onPath.addAll(slo.route().isPresent() ? RoutePaths.services(model, scenario, slo.route().get())
                        : current.services().keySet());
            }
            Candidate here = current.candidate();
            Evaluation measured = current;
            List<String> growable = onPath.stream().filter(s -> dimension.of(here, s) < max).sorted(
                    Comparator.comparingDouble((String s) -> -measured.services().get(s).utilization())
                            .thenComparingDouble(s -> -measured.services().get(s).meanQueueLength())
                            .thenComparing(s -> s)).toList();
            if (growable.isEmpty()) {
                return new Outcome(current, false, "every service the missed objectives wait on (" + String.join(", ",
                        onPath) + ") is at the most " + dimension.many + " allowed (" + max + ")");
            }
            String bottleneck = growable.get(0);
            Evaluation.Load load = current.services().get(bottleneck);
            Candidate next = dimension.with(here, bottleneck, Math.min(max,
                    Math.max(dimension.of(here, bottleneck) + 1, dimension.bound(load))));
            for (String service : current.services().keySet()) {
                int bound = Math.min(max, dimension.bound(current.services().get(service)));
                if (dimension.of(next, service) < bound) {
                    next = dimension.with(next, service, bound);
                }
            }
            String why = String.format(Locale.ROOT, "grow %s to %d %s: the most utilised (%.1f%%) service that %s waits on",
                    bottleneck, dimension.of(next, bottleneck), dimension.many, load.utilization() * 100,
                    current.missed().get(0).describe());
            current = evaluate(next, why);
            double now = miss(current);
            stalled = now < miss * 0.99 ? 0 : stalled + 1;
            miss = Math.min(miss, now);
            if (stalled >= STALL_LIMIT && !current.holds()) {
                return new Outcome(current, false, STALL_LIMIT + " moves in a row brought the missed objectives no"
                        + " closer; more " + dimension.many + " do not help them");
            }
        }
        return new Outcome(current, true, "every objective holds");
    }

    private Evaluation shrink(Evaluation start, Dimension dimension) {
        Evaluation current = start;
        boolean changed = true;
        while (changed) {
            changed = false;
            Evaluation at = current;
            List<String> order = at.services().keySet().stream().sorted(
                    Comparator.comparingDouble((String s) -> at.services().get(s).utilization()).thenComparing(s -> s))
                    .toList();
            for (String service : order) {
                int count = dimension.of(at.candidate(), service);
                if (count <= 1) {
                    continue;
                }
                Candidate fewer = dimension.with(at.candidate(), service, count - 1);
                Evaluation tried = judged.containsKey(fewer) ? judged.get(fewer)
                        : evaluate(fewer, "shrink: one " + dimension.one + " fewer of " + service);
                if (tried.holds()) {
                    current = tried;
                    changed = true;
                    break;
                }
            }
        }
        return current;
    }

    /** How far the missed objectives are from their targets, summed (plus a little per missed objective). */
    private static double miss(Evaluation evaluation) {
        double miss = 0;
        for (Evaluation.ScenarioObjective missed : evaluation.missed()) {
            miss += Math.max(0, Math.min(missed.outcome().ratio(), 1e6) - 1) + 1e-3;
        }
        return miss;
    }

    private Scenario scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Evaluation evaluate(Candidate candidate, String move) {
        Evaluation known = judged.get(candidate);
        if (known != null) {
            return known;
        }
        int r = options.replications();
        List<Future<ScenarioResult>> futures = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            Scenario deployed = deploy(scenario, candidate);
            for (int replication = 0; replication < r; replication++) {
                long seed = replication == 0 ? scenario.seed() : Simulator.replicationSeed(scenario.seed(), replication);
                Scenario run = deployed.toBuilder().seed(seed).build();
                futures.add(pool.submit(() -> Simulator.run(model, run, RunOptions.DEFAULTS)));
            }
        }
        ScenarioResult[][] results = new ScenarioResult[scenarios.size()][r];
        for (int i = 0; i < futures.size(); i++) {
            results[i / r][i % r] = get(futures.get(i));
        }
        runs += futures.size();
        List<Evaluation.ScenarioObjective> objectives = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            Scenario scenario = scenarios.get(s);
            for (int o = 0; o < scenario.slos().size(); o++) {
                double[] values = new double[r];
                for (int replication = 0; replication < r; replication++) {
                    values[replication] = results[s][replication].slos().get(o).actual();
                }
                objectives.add(new Evaluation.ScenarioObjective(scenario.name(),
                        SweepAggregator.judge(scenario.slos().get(o), values, options.confidence())));
            }
        }
        Evaluation evaluation = new Evaluation(evaluations.size() + 1, candidate, objectives,
                loads(candidate, results), move);
        judged.put(candidate, evaluation);
        evaluations.add(evaluation);
        listener.evaluated(evaluation, runs);
        return evaluation;
    }

    private TreeMap<String, Evaluation.Load> loads(Candidate candidate, ScenarioResult[][] results) {
        TreeMap<String, Evaluation.Load> loads = new TreeMap<>();
        for (Service service : model.services()) {
            double utilization = 0;
            double queue = 0;
            double busy = 0;
            int minInstances = 1;
            int minWorkers = 1;
            for (int s = 0; s < scenarios.size(); s++) {
                Deployment deployment = effective(scenarios.get(s), candidate, service);
                double u = 0;
                double q = 0;
                for (ScenarioResult result : results[s]) {
                    ServiceResult measured = result.services().stream().filter(x -> x.name().equals(service.name()))
                            .findFirst().orElse(null);
                    if (measured != null) {
                        u += measured.utilization();
                        q += measured.meanQueueLength();
                    }
                }
                u /= results[s].length;
                q /= results[s].length;
                double b = u * deployment.instances() * deployment.workers();
                utilization = Math.max(utilization, u);
                queue = Math.max(queue, q);
                busy = Math.max(busy, b);
                minInstances = Math.max(minInstances, (int) Math.min(Integer.MAX_VALUE - 1,
                        Math.floor(b / deployment.workers())) + 1);
                minWorkers = Math.max(minWorkers, (int) Math.min(Integer.MAX_VALUE - 1,
                        Math.floor(b / deployment.instances())) + 1);
            }
            loads.put(service.name(), new Evaluation.Load(utilization, queue, busy, minInstances, minWorkers));
        }
        return loads;
    }

    /** {@code scenario} with the candidate's instances (and workers) for every service. */
    static Scenario deploy(Scenario scenario, Candidate candidate) {
        Map<String, DeploymentOverride> deployment = new TreeMap<>(scenario.deployment());
        candidate.instances().forEach((service, count) -> {
            DeploymentOverride base = deployment.getOrDefault(service,
                    new DeploymentOverride(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()));
            Integer workers = candidate.workers().get(service);
            deployment.put(service, new DeploymentOverride(OptionalInt.of(count),
                    workers == null ? base.workers() : OptionalInt.of(workers), base.queue()));
        });
        return scenario.toBuilder().deployment(deployment).build();
    }

    private Deployment effective(Scenario scenario, Candidate candidate, Service service) {
        DeploymentOverride override = deploy(scenario, candidate).deployment().get(service.name());
        return override == null ? service.deployment() : override.applyTo(service.deployment());
    }

    private static ScenarioResult get(Future<ScenarioResult> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("capacity tuning was interrupted", e);
        }
    }

    private CapacityReport report(Outcome outcome) {
        Evaluation answer = outcome.evaluation;
        List<CapacityReport.ServiceCapacity> services = new ArrayList<>();
        for (Service service : model.services()) {
            String name = service.name();
            int n = answer.candidate().instances().get(name);
            Integer w = answer.candidate().workers().get(name);
            List<String> fewerInstances = n > 1 && outcome.feasible
                    ? missedBy(answer.candidate().withInstances(name, n - 1)) : List.of();
            List<String> fewerWorkers = w != null && w > 1 && outcome.feasible
                    ? missedBy(answer.candidate().withWorkers(name, w - 1)) : List.of();
            services.add(new CapacityReport.ServiceCapacity(name, service.deployment().instances(),
                    service.deployment().workers(), n, w == null ? service.deployment().workers() : w,
                    answer.services().get(name), fewerInstances, fewerWorkers));
        }
        return new CapacityReport(model.system(), scenarios.stream().map(Scenario::name).toList(), options,
                outcome.feasible, outcome.reason, services, answer, evaluations, runs);
    }

    private List<String> missedBy(Candidate candidate) {
        Evaluation evaluation = judged.get(candidate);
        return evaluation == null ? List.of() : evaluation.missed().stream()
                .map(Evaluation.ScenarioObjective::describe).toList();
    }
}
