package io.mdecomp.cli.render.simulation;

import static io.mdecomp.cli.render.simulation.MetricTable.text;

import io.mdecomp.cli.render.Words;
import io.mdecomp.cli.render.simulation.MetricTable.Cell;
import io.mdecomp.simulator.compare.Difference;
import io.mdecomp.simulator.compare.RouteComparison;
import io.mdecomp.simulator.compare.RouteMetric;
import io.mdecomp.simulator.compare.ScenarioComparison;
import io.mdecomp.simulator.compare.SloComparison;
import io.mdecomp.simulator.compare.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tables of a comparison, defined once for every format: per route and metric, and per objective. */
final class ComparisonSections {

    private ComparisonSections() {
    }

    /** Column headers for an interval at {@code level}: {@code 95% interval}. */
    private static String interval(double level) {
        return Quantities.level(level) + " interval";
    }

    /** One row per route of the mix and compared metric. */
    static MetricTable routes(ScenarioComparison c, double level) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RouteComparison route : c.routes()) {
            for (Map.Entry<RouteMetric, Difference> e : route.metrics().entrySet()) {
                List<Cell> row = new ArrayList<>(List.of(text(route.route()), text(e.getKey().label())));
                row.addAll(difference(e.getValue()));
                rows.add(row);
            }
        }
        return new MetricTable("routes", List.of("route", "metric", "base", "head", "delta", interval(level),
                "verdict"), rows);
    }

    /** One row per objective: both values, the difference, and whether it holds on each model. */
    static MetricTable objectives(ScenarioComparison c, double level) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SloComparison slo : c.slos()) {
            List<Cell> row = new ArrayList<>(List.of(text(slo.slo().describe())));
            row.addAll(difference(slo.difference()));
            row.add(new MetricTable.PassFail(slo.basePassed()));
            row.add(new MetricTable.PassFail(slo.headPassed()));
            rows.add(row);
        }
        return new MetricTable("objectives", List.of("objective", "base", "head", "delta", interval(level), "verdict",
                "on base", "on head"), rows);
    }

    private static List<Cell> difference(Difference d) {
        return List.of(new MetricTable.Measured(d.base(), d.unit()), new MetricTable.Measured(d.head(), d.unit()),
                new MetricTable.Delta(d.delta(), d.unit()), new MetricTable.Range(d.lower(), d.upper(), d.unit()),
                new MetricTable.Judged(d.verdict()));
    }

    /** The scenario's headline: whether an objective regressed, else how many route metrics got worse or better. */
    static String headline(ScenarioComparison c) {
        long worse = count(c, Verdict.WORSE);
        long better = count(c, Verdict.BETTER);
        String changes = Words.count(worse, "route metric") + " worse, " + better + " better";
        if (c.regressed()) {
            long regressed = c.slos().stream().filter(SloComparison::regressed).count();
            return "REGRESSED: " + (regressed == 1 ? "1 objective that holds on base fails"
                    : regressed + " objectives that hold on base fail") + " on head; " + changes;
        }
        return "no objective regressed; " + changes;
    }

    private static long count(ScenarioComparison c, Verdict verdict) {
        return c.routes().stream().flatMap(r -> r.metrics().values().stream()).filter(d -> d.verdict() == verdict)
                .count();
    }
}
