package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Html;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.compare.ComparisonReport;
import io.mdecomp.simulator.compare.ScenarioComparison;
import io.mdecomp.simulator.result.RouteResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison as one self-contained HTML page, styled and secured like the simulation report
 * (inline CSS, the sortable-table script, a Content-Security-Policy that loads nothing). Per
 * scenario: its headline, the routes and objectives tables (sortable), and both models' latency
 * CDFs overlaid, one colour per route, the base model solid and the head model dashed (from each
 * model's first replication).
 */
final class HtmlComparisonRenderer implements Renderer<ComparisonReport> {

    private final ComparisonLabels labels;

    HtmlComparisonRenderer(ComparisonLabels labels) {
        this.labels = labels;
    }

    @Override
    public void render(ComparisonReport report, Writer writer) throws IOException {
        StringBuilder html = new StringBuilder();
        String title = "mdecomp simulate compare: " + labels.base() + " and " + labels.head();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n").append(Html.HEAD_META).append("<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(HtmlSimulationRenderer.STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        html.append("<p><code>").append(Html.escape(labels.base())).append("</code> (base, model ")
                .append(Html.escape(report.baseModel())).append(") against <code>").append(Html.escape(labels.head()))
                .append("</code> (head, model ").append(Html.escape(report.headModel())).append("): ")
                .append(report.replications()).append(" paired replications per scenario with common random numbers; ")
                .append(Html.escape(Quantities.level(report.level()))).append(" Student-t intervals of head − base.")
                .append(" A verdict is better or worse when the interval lies wholly on one side of zero.</p>\n");
        html.append(report.regressed()
                ? "<p class=\"failed-verdict\">An objective that holds on base fails on head.</p>\n"
                : "<p class=\"passed\">No objective that holds on base fails on head.</p>\n");
        html.append("<ul>\n");
        for (int i = 0; i < report.scenarios().size(); i++) {
            ScenarioComparison c = report.scenarios().get(i);
            html.append("<li><a href=\"#scenario-").append(i).append("\">").append(Html.escape(c.name()))
                    .append("</a>: ").append(Html.escape(ComparisonSections.headline(c))).append("</li>\n");
        }
        html.append("</ul>\n");
        for (int i = 0; i < report.scenarios().size(); i++) {
            scenario(html, report.scenarios().get(i), "scenario-" + i, report.level());
        }
        html.append("<script>\n").append(Html.SORTABLE_SCRIPT).append("</script>\n</body>\n</html>\n");
        writer.write(html.toString());
    }

    private void scenario(StringBuilder html, ScenarioComparison c, String id, double level) {
        html.append("<section id=\"").append(id).append("\">\n<h2>Scenario ").append(Html.escape(c.name()))
                .append(": ").append(c.regressed() ? "<span class=\"failed-verdict\">REGRESSED</span>"
                        : "<span class=\"passed\">no objective regressed</span>").append("</h2>\n<p>Seed ")
                .append(c.seed()).append(". ").append(Html.escape(ComparisonSections.headline(c))).append(".</p>\n");
        html.append("<h3>Routes</h3>\n");
        HtmlTables.table(html, ComparisonSections.routes(c, level));
        List<LatencyCdfChart.Curve> curves = curves(c);
        if (LatencyCdfChart.hasContent(curves)) {
            html.append(LatencyCdfChart.render(id + "-cdf", "Latency CDF of successful requests: base solid, head dashed",
                    curves));
        } else {
            html.append("<p class=\"muted\">No successful request on either model, so no latency distribution.</p>\n");
        }
        html.append("<h3>Objectives</h3>\n");
        MetricTable objectives = ComparisonSections.objectives(c, level);
        if (objectives.rows().isEmpty()) {
            html.append("<p class=\"muted\">None declared.</p>\n");
        } else {
            HtmlTables.table(html, objectives);
        }
        html.append("</section>\n");
    }

    /** Per route of the mix, its base curve (solid) and head curve (dashed) in the route's colour. */
    private List<LatencyCdfChart.Curve> curves(ScenarioComparison c) {
        List<LatencyCdfChart.Curve> curves = new ArrayList<>();
        for (int i = 0; i < c.base().routes().size(); i++) {
            RouteResult base = c.base().routes().get(i);
            RouteResult head = c.head().routes().get(i);
            curves.add(new LatencyCdfChart.Curve(base.route() + " (" + labels.base() + ")", base.latencyCdf(),
                    base.latencyMs(), i % 8, false));
            curves.add(new LatencyCdfChart.Curve(head.route() + " (" + labels.head() + ")", head.latencyCdf(),
                    head.latencyMs(), i % 8, true));
        }
        return curves;
    }
}
