package io.mdecomp.simulator.compare;

import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.Slo;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The what-if facade: runs each scenario on a base and a head model, replication r of both with
 * the same seed, so both draw the same arrivals, routes and clients, and the same service times
 * for the endpoints they share (common random numbers). Per route of the mix it compares mean
 * and p99 latency and the error rate, per objective its actual value; each as the paired
 * differences head − base over the replications with a Student-t interval at
 * {@link Simulator#LEVEL} and a verdict. An objective passes on a model when its mean over the
 * replications meets the target. Pure apart from the results' wall times.
 */
public final class Comparison {

    /** The fewest replications that give an interval. */
    public static final int MIN_REPLICATIONS = 2;

    /** The replications when none are asked for. */
    public static final int DEFAULT_REPLICATIONS = 5;

    private Comparison() {
    }

    /**
     * Compares every pair. {@code options.seed()} replaces every scenario's seed; progress hears
     * replication 2r for the base model's run r and 2r + 1 for the head's.
     */
    public static ComparisonReport compare(DomainModel base, DomainModel head, List<ScenarioPair> pairs,
                                           RunOptions options) {
        if (options.replications() < MIN_REPLICATIONS) {
            throw new IllegalArgumentException("a comparison needs at least " + MIN_REPLICATIONS + " replications");
        }
        List<ScenarioComparison> scenarios = new ArrayList<>();
        for (ScenarioPair pair : pairs) {
            scenarios.add(scenario(base, head, seeded(pair, options), options));
        }
        return new ComparisonReport(base.system(), head.system(), options.replications(), Simulator.LEVEL,
                scenarios);
    }

    private static ScenarioPair seeded(ScenarioPair pair, RunOptions options) {
        if (options.seed().isEmpty()) {
            return pair;
        }
        long seed = options.seed().getAsLong();
        return new ScenarioPair(pair.base().toBuilder().seed(seed).build(), pair.head().toBuilder().seed(seed).build());
    }

    private static ScenarioComparison scenario(DomainModel base, DomainModel head, ScenarioPair pair,
                                               RunOptions options) {
        int n = options.replications();
        Samples samples = new Samples(pair.base(), n);
        ScenarioResult firstBase = null;
        ScenarioResult firstHead = null;
        for (int r = 0; r < n; r++) {
            int replication = r;
            RunOptions.Progress progress = options.progress();
            ScenarioResult b = Simulator.replication(base, pair.base(), r,
                    (name, ignored, fraction) -> progress.update(name, 2 * replication, fraction));
            ScenarioResult h = Simulator.replication(head, pair.head(), r,
                    (name, ignored, fraction) -> progress.update(name, 2 * replication + 1, fraction));
            samples.add(r, b, h);
            if (r == 0) {
                firstBase = b;
                firstHead = h;
            }
        }
        return new ScenarioComparison(pair.name(), pair.base().seed(), samples.routes(), samples.slos(), firstBase,
                firstHead);
    }

    /** The compared values of every replication of one scenario, base and head side by side. */
    private static final class Samples {
        private final Scenario scenario;
        private final List<String> routes = new ArrayList<>();
        /** [route][metric][side 0 base, 1 head][replication]. */
        private final double[][][][] routeValues;
        private final boolean[][] routeComparable;
        /** [objective][side][replication]. */
        private final double[][][] sloValues;
        private final boolean[] sloComparable;

        Samples(Scenario scenario, int replications) {
            this.scenario = scenario;
            scenario.workload().mix().forEach(entry -> routes.add(entry.route()));
            int metrics = RouteMetric.values().length;
            this.routeValues = new double[routes.size()][metrics][2][replications];
            this.routeComparable = new boolean[routes.size()][metrics];
            for (boolean[] row : routeComparable) {
                java.util.Arrays.fill(row, true);
            }
            this.sloValues = new double[scenario.slos().size()][2][replications];
            this.sloComparable = new boolean[scenario.slos().size()];
            java.util.Arrays.fill(sloComparable, true);
        }

        void add(int r, ScenarioResult base, ScenarioResult head) {
            ScenarioResult[] sides = {base, head};
            for (int side = 0; side < 2; side++) {
                ScenarioResult result = sides[side];
                for (int i = 0; i < routes.size(); i++) {
                    RouteResult route = result.routes().get(i);
                    for (RouteMetric metric : RouteMetric.values()) {
                        routeValues[i][metric.ordinal()][side][r] = metric.of(route);
                        routeComparable[i][metric.ordinal()] &= metric.defined(route);
                    }
                }
                for (int k = 0; k < sloValues.length; k++) {
                    Slo slo = scenario.slos().get(k);
                    sloValues[k][side][r] = result.slos().get(k).actual();
                    sloComparable[k] &= defined(slo, result);
                }
            }
        }

        /** Whether {@code slo} has a value in {@code result}: a success for latencies, an answer for rates. */
        private static boolean defined(Slo slo, ScenarioResult result) {
            long ok;
            long done;
            if (slo.route().isPresent()) {
                RouteResult route = result.routes().stream().filter(x -> x.route().equals(slo.route().get()))
                        .findFirst().orElseThrow();
                ok = route.ok();
                done = route.ok() + route.failed();
            } else {
                ok = result.requests().ok();
                done = ok + result.requests().failed();
            }
            return slo.metric().isLatency() ? ok > 0 : done > 0;
        }

        List<RouteComparison> routes() {
            List<RouteComparison> result = new ArrayList<>();
            for (int i = 0; i < routes.size(); i++) {
                Map<RouteMetric, Difference> metrics = new EnumMap<>(RouteMetric.class);
                for (RouteMetric metric : RouteMetric.values()) {
                    double[][] values = routeValues[i][metric.ordinal()];
                    metrics.put(metric, Difference.of(metric.unit(), values[0], values[1], Simulator.LEVEL, true,
                            routeComparable[i][metric.ordinal()]));
                }
                result.add(RouteComparison.of(routes.get(i), metrics));
            }
            return result;
        }

        List<SloComparison> slos() {
            List<SloComparison> result = new ArrayList<>();
            for (int k = 0; k < sloValues.length; k++) {
                Slo slo = scenario.slos().get(k);
                Difference d = Difference.of(slo.metric().unit(), sloValues[k][0], sloValues[k][1], Simulator.LEVEL,
                        !slo.metric().isLowerBound(), sloComparable[k]);
                result.add(new SloComparison(slo, d, slo.holds(d.base()), slo.holds(d.head())));
            }
            return result;
        }
    }
}
