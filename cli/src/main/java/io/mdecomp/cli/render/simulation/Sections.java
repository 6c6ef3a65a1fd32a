package io.mdecomp.cli.render.simulation;

import static io.mdecomp.cli.render.simulation.MetricTable.count;
import static io.mdecomp.cli.render.simulation.MetricTable.quantity;
import static io.mdecomp.cli.render.simulation.MetricTable.text;

import io.mdecomp.cli.render.simulation.MetricTable.Cell;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.result.EstimateMetric;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.SagaResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.result.SloResult;
import io.mdecomp.simulator.result.TopicResult;
import io.mdecomp.simulator.stats.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tables of a scenario's results, defined once for every report format: which columns each
 * table has, in which order, and the unit of every number. One method per table.
 */
final class Sections {

    private Sections() {
    }

    /**
     * The routes. With replications, the mean and p99 cells read {@code m ± h}: the mean of that
     * number over the replications and the half-width of its confidence interval.
     */
    static MetricTable routes(ScenarioResult s) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RouteResult r : s.routes()) {
            Optional<String> route = Optional.of(r.route());
            rows.add(List.of(text(r.route()), count(r.requests()), count(r.ok()), count(r.failed()),
                    quantity(r.errorRate(), Unit.FRACTION), quantity(r.throughput(), Unit.PER_SECOND),
                    estimated(s, EstimateMetric.ROUTE_MEAN, route, r.latencyMs().mean()),
                    quantity(r.latencyMs().p50(), Unit.MILLISECONDS), quantity(r.latencyMs().p90(), Unit.MILLISECONDS),
                    estimated(s, EstimateMetric.ROUTE_P99, route, r.latencyMs().p99()),
                    quantity(r.latencyMs().p999(), Unit.MILLISECONDS), quantity(r.latencyMs().max(), Unit.MILLISECONDS),
                    text(Quantities.causes(r.errors()))));
        }
        return new MetricTable("routes", List.of("route", "requests", "ok", "failed", "error rate", "ok/s", "mean ms",
                "p50", "p90", "p99", "p99.9", "max", "errors"), rows);
    }

    /** {@code value}, or the replications' mean ± half-width of {@code metric} when there is one. */
    private static Cell estimated(ScenarioResult s, EstimateMetric metric, Optional<String> route, double value) {
        Optional<Replications.Estimate> estimate = s.replications().flatMap(r -> r.find(metric, route));
        return estimate.<Cell>map(e -> new MetricTable.Interval(e.mean(), e.halfWidth(), e.unit()))
                .orElse(quantity(value, metric.unit()));
    }

    static MetricTable services(List<ServiceResult> services) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ServiceResult r : services) {
            rows.add(List.of(text(r.name()), count(r.calls()), count(r.ok()), count(r.failed()),
                    quantity(r.utilization(), Unit.FRACTION), quantity(r.meanQueueLength(), Unit.NUMBER),
                    quantity(r.meanInSystem(), Unit.NUMBER), quantity(r.meanSojournMs(), Unit.MILLISECONDS),
                    text(Quantities.causes(r.errors()))));
        }
        return new MetricTable("services", List.of("service", "calls", "ok", "failed", "utilization", "mean queue",
                "in system", "sojourn ms", "errors"), rows);
    }

    /** Failed requests by root cause (summed over the routes) and their share of all failed requests. */
    static MetricTable causes(ScenarioResult s) {
        Map<String, Long> byCause = new TreeMap<>();
        for (RouteResult r : s.routes()) {
            for (Map.Entry<ErrorCause, Long> e : r.errors().entrySet()) {
                byCause.merge(e.getKey().label(), e.getValue(), Long::sum);
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        byCause.forEach((cause, n) -> rows.add(List.of(text(cause), count(n),
                quantity(n / (double) Math.max(1, s.requests().failed()), Unit.FRACTION))));
        return new MetricTable("causes", List.of("cause", "requests", "share of failed"), rows);
    }

    static MetricTable calls(List<CallResult> calls) {
        List<List<Cell>> rows = new ArrayList<>();
        for (CallResult c : calls) {
            rows.add(List.of(text(c.call().caller()), text(c.call().callee()), count(c.calls()), count(c.attempts()),
                    count(c.retries()), text(Quantities.causes(c.errors()))));
        }
        return new MetricTable("calls", List.of("caller", "callee", "calls", "attempts", "retries", "failed attempts"),
                rows);
    }

    static MetricTable sagas(List<SagaResult> sagas) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SagaResult s : sagas) {
            rows.add(List.of(text(s.route()), count(s.started()), count(s.completed()), count(s.compensated()),
                    count(s.compensationFailed()), count(s.inFlight()), count(s.compensations()),
                    count(s.compensationFailures())));
        }
        return new MetricTable("sagas", List.of("saga", "started", "completed", "compensated", "compensation failed",
                "in flight", "compensations", "failed compensations"), rows);
    }

    static MetricTable topics(List<TopicResult> topics) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TopicResult t : topics) {
            rows.add(List.of(text(t.event()), text(t.consumer()), count(t.published()), count(t.consumed()),
                    count(t.failed()), count(t.lag()), quantity(t.meanLag(), Unit.NUMBER),
                    quantity(t.maxLag(), Unit.NUMBER)));
        }
        return new MetricTable("topics", List.of("event", "consumer", "published", "consumed", "failed", "lag",
                "mean lag", "max lag"), rows);
    }

    static MetricTable replications(Replications r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Replications.Estimate e : r.shown()) {
            rows.add(List.of(text(Quantities.estimateName(e)), quantity(e.mean(), e.unit()),
                    quantity(e.halfWidth(), e.unit()), quantity(e.lower(), e.unit()), quantity(e.upper(), e.unit())));
        }
        return new MetricTable("replications", List.of("metric", "mean", "± half-width", "lower", "upper"), rows);
    }

    /**
     * The objectives: actual and target each in the objective's unit, the verdict, where it is
     * declared; with replications also the verdict over all of them ({@link #overReplications}),
     * the confidence interval of the actual value and whether the objective passes on that bound.
     */
    static MetricTable objectives(ScenarioResult s) {
        boolean replicated = s.replications().isPresent();
        List<List<Cell>> rows = new ArrayList<>();
        for (SloResult slo : s.slos()) {
            List<Cell> row = new ArrayList<>(List.of(text(slo.describe()), new MetricTable.Measured(slo.actual(),
                    slo.unit()), new MetricTable.Measured(slo.target(), slo.unit()), new MetricTable.PassFail(slo.passed())));
            if (replicated) {
                Optional<Replications.Verdict> verdict = s.replications().flatMap(r -> r.verdict(slo));
                row.add(text(verdict.map(Sections::overReplications).orElse("-")));
                row.add(text(verdict.map(v -> bound(v, slo.unit())).orElse("-")));
                row.add(verdict.<Cell>map(v -> new MetricTable.PassFail(v.passedOnBound())).orElse(text("-")));
            }
            row.add(text(slo.location().isKnown() ? slo.location().toString() : "-"));
            rows.add(row);
        }
        List<String> columns = replicated
                ? List.of("objective", "actual", "target", "verdict", "over replications", "confidence bound",
                        "on the bound", "declared at")
                : List.of("objective", "actual", "target", "verdict", "declared at");
        return new MetricTable("objectives", columns, rows);
    }

    /** An objective's verdict over all replications: {@code passes in 3 of 5 replications}. */
    static String overReplications(Replications.Verdict v) {
        return "passes in " + v.passed() + " of " + v.count() + " replications";
    }

    /**
     * An objective's verdict over all replications in a sentence, as the text report and the CI
     * formats give it: {@code passes in 2 of 5 replications, not on the confidence bound [98.87%, 99.11%]}.
     */
    static String verdictOver(Replications.Verdict v, Unit unit) {
        return overReplications(v) + ", " + (v.passedOnBound() ? "and" : "not") + " on the confidence bound "
                + bound(v, unit);
    }

    /** The confidence interval of an objective's actual value: {@code [117.5 ms, 124.5 ms]}. */
    static String bound(Replications.Verdict v, Unit unit) {
        return "[" + Quantities.withUnit(v.lower(), unit) + ", " + Quantities.withUnit(v.upper(), unit) + "]";
    }

    /**
     * One sentence per route that no objective names and that failed a lot
     * ({@link ScenarioResult#NOTABLE_ERROR_RATE}), or none.
     */
    static List<String> unguardedRoutes(ScenarioResult s) {
        List<String> lines = new ArrayList<>();
        for (RouteResult r : s.failingWithoutObjective()) {
            lines.add(r.route() + " has no objective and " + Quantities.percent(r.errorRate())
                    + " of its requests failed (" + Quantities.causes(r.errors()) + ")");
        }
        return lines;
    }
}
