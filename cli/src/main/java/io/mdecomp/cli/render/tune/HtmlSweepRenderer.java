package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Html;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Words;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.sweep.Axis;
import io.mdecomp.simulator.sweep.PointOutcome;
import io.mdecomp.simulator.sweep.ScenarioOutcome;
import io.mdecomp.simulator.sweep.ScenarioSweep;
import io.mdecomp.simulator.sweep.SloOutcome;
import io.mdecomp.simulator.sweep.SweepReport;
import java.io.IOException;
import java.io.Writer;

/**
 * A sweep as one self-contained HTML page (inline CSS and SVG, one small sorting script, a
 * Content-Security-Policy that loads nothing): per scenario what ran, a heat map of each
 * objective over the first two swept parameters (the error rate when there is no objective), and
 * every point in a sortable table, best first, with the Pareto front marked. Well-formed XML;
 * every name escaped; the same report gives the same bytes.
 */
public final class HtmlSweepRenderer implements Renderer<SweepReport> {

    @Override
    public void render(SweepReport report, Writer writer) throws IOException {
        StringBuilder html = new StringBuilder();
        String title = "mdecomp sweep: " + report.header().model();
        TunePage.open(html, title);
        body(html, report);
        TunePage.close(html);
        writer.write(html.toString());
    }

    /** The sweep's part of a page: what ran, the verdict, and every scenario's heat maps and points. */
    static void body(StringBuilder html, SweepReport report) {
        html.append("<p>").append(report.runs()).append(" runs; objectives judged on the one-sided ")
                .append(TuneNumbers.confidence(report.header().confidence()))
                .append(" confidence bound over each point's replications. ")
                .append(report.passed() ? "<span class=\"passed\">Every scenario has a point that meets all its objectives.</span>"
                        : "<span class=\"failed-verdict\">Some scenario has no point that meets all its objectives.</span>")
                .append("</p>\n");
        int s = 0;
        for (ScenarioOutcome scenario : report.scenarios()) {
            scenario(html, scenario, s++);
        }
    }

    private static void scenario(StringBuilder html, ScenarioOutcome outcome, int s) {
        ScenarioSweep sweep = outcome.sweep();
        html.append("<section class=\"scenario\">\n<h2>Scenario ").append(Html.escape(sweep.name())).append("</h2>\n<p>")
                .append(Words.count(sweep.points(), "point")).append(" × ")
                .append(Words.count(sweep.replications(), "replication")).append(", seed ").append(sweep.seed())
                .append(", ")
                .append(Html.escape(sweep.randomNumbers().label())).append(" random numbers. Best: ")
                .append(Html.escape(TextSweepRenderer.describe(sweep, outcome.best()))).append(" — ")
                .append(outcome.best().passed() ? "<span class=\"passed\">meets every objective</span>"
                        : "<span class=\"failed-verdict\">misses " + Words.count(outcome.best().failedSlos(), "objective")
                                + "</span>")
                .append(".</p>\n");
        if (!sweep.axes().isEmpty()) {
            html.append("<ul>\n");
            for (Axis axis : sweep.axes()) {
                html.append("<li><code>").append(Html.escape(axis.path())).append("</code>: ")
                        .append(Html.escape(String.join(", ", axis.values()))).append("</li>\n");
            }
            html.append("</ul>\n");
            if (sweep.slos().isEmpty()) {
                html.append(HeatMap.svg("map-" + s + "-errors", "Error rate", outcome,
                        p -> new HeatMap.Measure(TuneNumbers.percent(p.errorRate().mean()),
                                p.errorRate().mean() == 0 ? 0 : 2, p.errorRate().mean() == 0)));
            }
            for (int i = 0; i < sweep.slos().size(); i++) {
                int index = i;
                Slo slo = sweep.slos().get(i);
                html.append(HeatMap.svg("map-" + s + "-" + i, slo.describe(), outcome, p -> {
                    SloOutcome o = p.slos().get(index);
                    return new HeatMap.Measure(TuneNumbers.slo(slo, o.actual().mean()), o.ratio(), o.passed());
                }));
            }
            String slice = HeatMap.slice(outcome);
            if (!slice.isEmpty()) {
                html.append("<p class=\"muted\">").append(Html.escape(slice)).append("</p>\n");
            }
        }
        html.append("<h3>Points, best first</h3>\n<table class=\"sortable points\">\n<thead><tr><th>rank</th>");
        for (Axis axis : sweep.axes()) {
            html.append("<th>").append(Html.escape(axis.path())).append("</th>");
        }
        for (Slo slo : sweep.slos()) {
            html.append("<th>").append(Html.escape(slo.describe())).append("</th>");
        }
        html.append("<th>failed objectives</th><th>error rate</th><th>error budget spent</th><th>attempts per call</th>")
                .append("<th>ok/s</th><th>mean latency (ms)</th><th>Pareto</th></tr></thead>\n<tbody>\n");
        for (int index : outcome.ranking()) {
            PointOutcome p = outcome.points().get(index);
            html.append("<tr").append(p.pareto() ? " class=\"pareto\"" : "").append("><td class=\"num\">")
                    .append(p.rank()).append("</td>");
            p.values().forEach(v -> html.append("<td>").append(Html.escape(v)).append("</td>"));
            for (SloOutcome o : p.slos()) {
                html.append("<td class=\"num ").append(o.passed() ? "passed" : "failed-verdict").append("\">")
                        .append(Html.escape(TuneNumbers.slo(o.slo(), o.actual()))).append("</td>");
            }
            html.append("<td class=\"num\">").append(p.failedSlos()).append("</td><td class=\"num\">")
                    .append(TuneNumbers.percent(p.errorRate().mean())).append("</td><td class=\"num\">")
                    .append(p.errorBudgetSpent().isPresent() ? TuneNumbers.percent(p.errorBudgetSpent().getAsDouble())
                            : "-")
                    .append("</td><td class=\"num\">").append(TuneNumbers.times(p.retryAmplification()))
                    .append("</td><td class=\"num\">").append(TuneNumbers.number(p.throughput().mean()))
                    .append("</td><td class=\"num\">").append(TuneNumbers.number(p.meanLatencyMs().mean()))
                    .append("</td><td>").append(p.pareto() ? "yes" : "").append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }
}
