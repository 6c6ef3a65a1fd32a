package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Html;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Words;
import io.mdecomp.simulator.sweep.PointOutcome;
import io.mdecomp.simulator.tune.ResilienceRecommendation;
import io.mdecomp.simulator.tune.ResilienceReport;
import java.io.IOException;
import java.io.Writer;

/**
 * A resilience sweep as one self-contained HTML page: per scenario the recommended settings and
 * their {@code resilience:} block, the Pareto front as a sortable table, then the sweep's own
 * report (heat maps and every point).
 */
public final class HtmlResilienceRenderer implements Renderer<ResilienceReport> {

    @Override
    public void render(ResilienceReport report, Writer writer) throws IOException {
        StringBuilder html = new StringBuilder();
        TunePage.open(html, "mdecomp tune resilience: " + report.sweep().header().model());
        for (ResilienceRecommendation r : report.recommendations()) {
            html.append("<section class=\"recommendation\">\n<h2>Recommended for ").append(Html.escape(r.scenario()))
                    .append("</h2>\n<p>").append(Html.escape(r.settings().isEmpty() ? "the scenario as written"
                            : String.join(", ", r.settings()))).append(" — ")
                    .append(r.best().passed() ? "<span class=\"passed\">meets every objective</span>"
                            : "<span class=\"failed-verdict\">misses " + Words.count(r.best().failedSlos(), "objective") + "</span>")
                    .append(".</p>\n<pre>").append(Html.escape(r.yaml())).append("</pre>\n")
                    .append("<h3>Pareto front</h3>\n<table class=\"sortable pareto-front\">\n<thead><tr><th>rank</th>")
                    .append("<th>settings</th><th>failed objectives</th><th>error budget spent</th><th>error rate</th>")
                    .append("<th>attempts per call</th></tr></thead>\n<tbody>\n");
            for (PointOutcome p : r.pareto()) {
                html.append("<tr><td class=\"num\">").append(p.rank()).append("</td><td>")
                        .append(Html.escape(String.join(", ", p.values()))).append("</td><td class=\"num\">")
                        .append(p.failedSlos()).append("</td><td class=\"num\">").append(TextResilienceRenderer.budget(p))
                        .append("</td><td class=\"num\">").append(TuneNumbers.percent(p.errorRate().mean()))
                        .append("</td><td class=\"num\">").append(TuneNumbers.times(p.retryAmplification()))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n</section>\n");
        }
        HtmlSweepRenderer.body(html, report.sweep());
        TunePage.close(html);
        writer.write(html.toString());
    }
}
