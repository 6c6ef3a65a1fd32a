package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Html;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Words;
import io.mdecomp.simulator.sweep.SloOutcome;
import io.mdecomp.simulator.tune.CapacityReport;
import io.mdecomp.simulator.tune.CapacityReport.ServiceCapacity;
import io.mdecomp.simulator.tune.Evaluation;
import java.io.IOException;
import java.io.Writer;

/**
 * A capacity search as one self-contained HTML page (inline CSS and SVG, one sorting script, a
 * Content-Security-Policy that loads nothing): the verdict, a bar chart of instances per service
 * (the model's beside the answer's), the sortable capacity table, the objectives at the answer and
 * every candidate tried. Well-formed XML; every name escaped; the same report gives the same bytes.
 */
public final class HtmlCapacityRenderer implements Renderer<CapacityReport> {

    private static final int ROW = 22;
    private static final int LABEL = 180;
    private static final int BARS = 420;

    @Override
    public void render(CapacityReport report, Writer writer) throws IOException {
        StringBuilder html = new StringBuilder();
        TunePage.open(html, "mdecomp tune capacity: " + report.model());
        html.append("<p>Scenarios ").append(Html.escape(String.join(", ", report.scenarios())))
                .append("; objectives judged on the one-sided ")
                .append(TuneNumbers.confidence(report.options().confidence())).append(" confidence bound over ")
                .append(Words.count(report.options().replications(), "replication")).append(". ")
                .append(report.feasible()
                        ? "<span class=\"passed\">Every objective holds with "
                                + Words.count(report.totalInstances(), "instance") + " in all</span> (the model has " + report.modelInstances() + ")."
                        : "<span class=\"failed-verdict\">No deployment within the limits meets every objective</span>: "
                                + Html.escape(report.reason()) + "; shown is the last deployment tried.")
                .append(' ').append(Words.count(report.evaluations().size(), "deployment")).append(" tried, ")
                .append(Words.count(report.runs(), "simulation run")).append(".</p>\n");
        chart(html, report);
        boolean workers = report.options().workers();
        html.append("<h2>Capacity per service</h2>\n<table class=\"sortable capacity\">\n<thead><tr><th>service</th>")
                .append("<th>model instances</th><th>model workers</th><th>instances</th><th>workers</th>")
                .append("<th>utilization</th><th>mean queue</th><th>busy workers</th>")
                .append("<th>one instance fewer misses</th>").append(workers ? "<th>one worker fewer misses</th>" : "")
                .append("</tr></thead>\n<tbody>\n");
        for (ServiceCapacity s : report.services()) {
            html.append("<tr><td>").append(Html.escape(s.service())).append("</td>");
            num(html, Integer.toString(s.modelInstances()));
            num(html, Integer.toString(s.modelWorkers()));
            num(html, Integer.toString(s.instances()));
            num(html, Integer.toString(s.workers()));
            num(html, TuneNumbers.percent(s.load().utilization()));
            num(html, TuneNumbers.number(s.load().meanQueueLength()));
            num(html, TuneNumbers.number(s.load().busyWorkers()));
            html.append("<td>").append(Html.escape(TextCapacityRenderer.binding(s.instances(),
                    s.missedWithOneInstanceFewer(), report.feasible()))).append("</td>");
            if (workers) {
                html.append("<td>").append(Html.escape(TextCapacityRenderer.binding(s.workers(),
                        s.missedWithOneWorkerFewer(), report.feasible()))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<h2>Objectives at the answer</h2>\n<table class=\"sortable objectives\">\n")
                .append("<thead><tr><th>scenario</th><th>objective</th><th>actual</th><th>bound</th><th>verdict</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Evaluation.ScenarioObjective objective : report.answer().objectives()) {
            SloOutcome o = objective.outcome();
            html.append("<tr><td>").append(Html.escape(objective.scenario())).append("</td><td>")
                    .append(Html.escape(o.slo().describe())).append("</td>");
            num(html, TuneNumbers.slo(o.slo(), o.actual()));
            num(html, TuneNumbers.slo(o.slo(), o.bound()));
            html.append("<td class=\"").append(o.passed() ? "passed\">holds" : "failed-verdict\">missed")
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<h2>Search</h2>\n<table class=\"sortable search\">\n<thead><tr><th>#</th>")
                .append("<th>deployment</th><th>total instances</th><th>why</th><th>missed objectives</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Evaluation e : report.evaluations()) {
            html.append("<tr>");
            num(html, Integer.toString(e.number()));
            html.append("<td>").append(Html.escape(TextCapacityRenderer.candidate(e, workers))).append("</td>");
            num(html, Integer.toString(e.candidate().totalInstances()));
            html.append("<td>").append(Html.escape(e.move())).append("</td>");
            num(html, Integer.toString(e.missed().size()));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        TunePage.close(html);
        writer.write(html.toString());
    }

    private static void num(StringBuilder html, String text) {
        html.append("<td class=\"num\">").append(Html.escape(text)).append("</td>");
    }

    /** Per service two bars: the model's instances (muted) and the answer's. */
    private static void chart(StringBuilder html, CapacityReport report) {
        int most = 1;
        for (ServiceCapacity s : report.services()) {
            most = Math.max(most, Math.max(s.modelInstances(), s.instances()));
        }
        int height = 40 + report.services().size() * 2 * ROW;
        html.append("<svg class=\"chart\" id=\"capacity-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(LABEL + BARS + 60).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(LABEL + BARS + 60).append(' ').append(height).append("\" role=\"img\"><title>Instances per")
                .append(" service: the model's and the answer's</title>")
                .append("<text class=\"chart-title\" x=\"0\" y=\"16\">Instances per service (grey: the model, blue:")
                .append(" the answer)</text>");
        int y = 30;
        for (ServiceCapacity s : report.services()) {
            html.append("<text x=\"0\" y=\"").append(y + ROW - 6).append("\">").append(Html.escape(s.service()))
                    .append("</text>");
            bar(html, "model", y, s.modelInstances(), most);
            bar(html, "bar", y + ROW, s.instances(), most);
            y += 2 * ROW;
        }
        html.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"26\" x2=\"").append(LABEL)
                .append("\" y2=\"").append(y).append("\"/></svg>\n");
    }

    private static void bar(StringBuilder html, String css, int y, int count, int most) {
        double width = Math.max(1, BARS * (double) count / most);
        html.append("<rect class=\"").append(css).append("\" x=\"").append(LABEL).append("\" y=\"").append(y + 2)
                .append("\" width=\"").append(Html.coordinate(width)).append("\" height=\"").append(ROW - 4)
                .append("\"/><text x=\"").append(Html.coordinate(LABEL + width + 4)).append("\" y=\"")
                .append(y + ROW - 6).append("\">").append(count).append("</text>");
    }
}
