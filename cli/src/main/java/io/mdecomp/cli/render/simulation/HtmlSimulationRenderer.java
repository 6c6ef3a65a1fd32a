package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Html;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A simulation as one self-contained HTML page: inline CSS, one small inline script (sortable
 * tables) and a Content-Security-Policy that forbids loading anything else. Per scenario: the
 * verdict and objectives, the route, service, call and consumer tables (sortable), the faults,
 * and three charts drawn as inline SVG in Java, so they need no script: the latency CDF per route
 * ({@link LatencyCdfChart}), throughput, errors and p99 over time ({@link TimeSeriesChart}) and
 * the breaker timeline ({@link BreakerTimeline}), with the warm-up and fault windows marked on
 * the time axes. With replications, route means and p99s show their confidence intervals and a
 * table lists every estimate. Colours follow the reader's light or dark preference. Every name is
 * escaped; the markup is well-formed XML; the same report gives the same bytes (wall time is not
 * shown).
 */
public final class HtmlSimulationRenderer implements Renderer<SimulationReport> {

    static final String STYLE = """
            :root{color-scheme:light dark;--fg:#222;--bg:#fff;--muted:#666;--border:#ccc;--head:#f2f2f2;
            --grid:#e3e3e3;--ok:#43a047;--failed:#e53935;--p99:#6a1b9a;--open:#e53935;--half:#f9a825;
            --closed:#66bb6a;--fault:rgba(229,57,53,.13);--warmup:rgba(128,128,128,.16);
            --s0:#1f77b4;--s1:#ff7f0e;--s2:#2ca02c;--s3:#d62728;--s4:#9467bd;--s5:#8c564b;--s6:#e377c2;--s7:#7f7f7f}
            @media (prefers-color-scheme:dark){:root{--fg:#e4e4e4;--bg:#15171a;--muted:#a0a0a0;--border:#444;
            --head:#24272b;--grid:#2e3237;--ok:#66bb6a;--failed:#ef5350;--p99:#ce93d8;--open:#ef5350;--half:#ffd54f;
            --closed:#4caf50;--fault:rgba(239,83,80,.2);--warmup:rgba(160,160,160,.18);
            --s0:#64b5f6;--s1:#ffb74d;--s2:#81c784;--s3:#e57373;--s4:#ba68c8;--s5:#bcaaa4;--s6:#f48fb1;--s7:#bdbdbd}}
            body{font-family:system-ui,sans-serif;margin:2em;color:var(--fg);background:var(--bg)}
            table{border-collapse:collapse;margin:1em 0}
            th,td{border:1px solid var(--border);padding:4px 8px;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            th{background:var(--head)}table.sortable th{cursor:pointer}
            .passed{color:var(--ok);font-weight:bold}.failed-verdict{color:var(--failed);font-weight:bold}
            .muted{color:var(--muted)}.warning{color:var(--failed)}
            svg.chart{display:block;margin:1em 0;max-width:100%;height:auto}
            svg.chart text{fill:var(--fg);font-size:12px}svg.chart .chart-title{font-weight:bold;font-size:14px}
            .axis .domain,.axis .tick{stroke:var(--fg)}.axis .grid{stroke:var(--grid)}
            rect.ok{fill:var(--ok)}rect.failed{fill:var(--failed)}
            path.p99,line.p99{fill:none;stroke:var(--p99);stroke-width:2}
            rect.closed{fill:var(--closed)}rect.open{fill:var(--open)}rect.half-open{fill:var(--half)}
            .fault rect,rect.fault{fill:var(--fault)}.warmup rect,rect.warmup{fill:var(--warmup)}
            .fault text{fill:var(--failed)}.fault rect.strip{fill:var(--failed)}.warmup rect.strip{fill:var(--muted)}
            .legend rect{stroke:var(--muted);stroke-width:.5}
            .series path,line.series{fill:none;stroke-width:2}.dashed path,line.dashed{stroke-dasharray:6 3}
            .s0{stroke:var(--s0)}.s0 circle{fill:var(--s0)}.s1{stroke:var(--s1)}.s1 circle{fill:var(--s1)}
            .s2{stroke:var(--s2)}.s2 circle{fill:var(--s2)}.s3{stroke:var(--s3)}.s3 circle{fill:var(--s3)}
            .s4{stroke:var(--s4)}.s4 circle{fill:var(--s4)}.s5{stroke:var(--s5)}.s5 circle{fill:var(--s5)}
            .s6{stroke:var(--s6)}.s6 circle{fill:var(--s6)}.s7{stroke:var(--s7)}.s7 circle{fill:var(--s7)}
            """;

    private final Map<String, TimeMarks> marks;

    /** A renderer that marks no warm-up and no faults. */
    public HtmlSimulationRenderer() {
        this(Map.of());
    }

    /** A renderer that marks, for each scenario name, its warm-up and fault windows on the time axes. */
    public HtmlSimulationRenderer(Map<String, TimeMarks> marks) {
        this.marks = new TreeMap<>(Objects.requireNonNull(marks, "marks"));
    }

    @Override
    public void render(SimulationReport report, Writer writer) throws IOException {
        StringBuilder html = new StringBuilder();
        String title = "mdecomp simulation: " + report.model();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n").append(Html.HEAD_META).append("<title>")
                .append(Html.escape(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(Html.escape(title)).append("</h1>\n");
        long failed = report.scenarios().stream().filter(s -> !s.passed()).count();
        html.append("<p>").append(report.scenarios().size()).append(" scenario(s); ").append(failed == 0
                ? "<span class=\"passed\">all met their objectives</span>"
                : "<span class=\"failed-verdict\">" + failed + " missed objectives</span>").append(".</p>\n<ul>\n");
        for (int i = 0; i < report.scenarios().size(); i++) {
            ScenarioResult s = report.scenarios().get(i);
            html.append("<li><a href=\"#scenario-").append(i).append("\">").append(Html.escape(s.name()))
                    .append("</a>: ").append(verdict(s)).append("</li>\n");
        }
        html.append("</ul>\n");
        for (int i = 0; i < report.scenarios().size(); i++) {
            ScenarioResult s = report.scenarios().get(i);
            scenario(html, s, "scenario-" + i, marks.getOrDefault(s.name(), TimeMarks.NONE));
        }
        html.append("<script>\n").append(Html.SORTABLE_SCRIPT).append("</script>\n</body>\n</html>\n");
        writer.write(html.toString());
    }

    private static void scenario(StringBuilder html, ScenarioResult s, String id, TimeMarks marks) {
        html.append("<section id=\"").append(id).append("\">\n<h2>Scenario ").append(Html.escape(s.name()))
                .append(": ").append(verdict(s)).append("</h2>\n");
        summary(html, s, marks);
        objectives(html, s);
        html.append("<h3>Routes</h3>\n");
        HtmlTables.table(html, Sections.routes(s));
        List<LatencyCdfChart.Curve> curves = LatencyCdfChart.ofRoutes(s.routes());
        if (LatencyCdfChart.hasContent(curves)) {
            html.append(LatencyCdfChart.render(id + "-cdf", "Latency CDF of successful requests", curves));
        } else {
            html.append("<p class=\"muted\">No successful request, so no latency distribution.</p>\n");
        }
        html.append("<h3>Over time</h3>\n");
        html.append(TimeSeriesChart.render(id + "-timeseries", s.timeseries(), s.simulatedSeconds(), marks));
        HtmlTables.faults(html, marks);
        html.append("<h3>Circuit breakers</h3>\n");
        if (s.breakers().isEmpty()) {
            html.append("<p class=\"muted\">No circuit breaker changed state.</p>\n");
        } else {
            html.append(BreakerTimeline.render(id + "-breakers", s.breakers(), s.simulatedSeconds(), marks));
        }
        html.append("<h3>Services</h3>\n");
        HtmlTables.table(html, Sections.services(s.services()));
        HtmlTables.gateway(html, s.gateway());
        section(html, "Failed requests by root cause", Sections.causes(s));
        section(html, "Calls", Sections.calls(s.calls()));
        section(html, "Sagas", Sections.sagas(s.sagas()));
        section(html, "Consumers", Sections.topics(s.topics()));
        s.replications().ifPresent(r -> replications(html, r));
        html.append("</section>\n");
    }

    private static void summary(StringBuilder html, ScenarioResult s, TimeMarks marks) {
        html.append("<p>Seed ").append(s.seed()).append(", ").append(Quantities.number(s.simulatedSeconds()))
                .append(" s simulated");
        if (marks.warmupSeconds() > 0) {
            html.append(" (the first ").append(Quantities.number(marks.warmupSeconds()))
                    .append(" s are warm-up, excluded from statistics)");
        }
        html.append(", ").append(s.events()).append(" events. Requests: ").append(s.requests().total())
                .append(" total, ").append(s.requests().ok()).append(" ok, ").append(s.requests().failed())
                .append(" failed (").append(Quantities.percent(s.requests().errorRate())).append("), ")
                .append(s.requests().inFlight()).append(" in flight at the end.</p>\n");
        for (String warning : Sections.unguardedRoutes(s)) {
            html.append("<p class=\"warning\">Note: ").append(Html.escape(warning)).append(".</p>\n");
        }
    }

    private static void objectives(StringBuilder html, ScenarioResult s) {
        html.append("<h3>Objectives</h3>\n");
        if (s.slos().isEmpty()) {
            html.append("<p class=\"muted\">None declared.</p>\n");
        } else {
            HtmlTables.table(html, Sections.objectives(s));
        }
    }

    /** A heading and the table, unless it has no rows. */
    private static void section(StringBuilder html, String title, MetricTable table) {
        if (!table.rows().isEmpty()) {
            html.append("<h3>").append(Html.escape(title)).append("</h3>\n");
            HtmlTables.table(html, table);
        }
    }

    private static void replications(StringBuilder html, Replications r) {
        html.append("<h3>Replications</h3>\n<p>").append(r.count()).append(" independent replications; ")
                .append(Quantities.percent(r.level())).append(" Student-t confidence intervals. The routes' mean")
                .append(" and p99 read mean over the replications ± half-width, the objectives say in how many")
                .append(" replications each passed and whether it passes on the confidence bound of its actual value;")
                .append(" the other numbers are the first replication's.</p>\n");
        HtmlTables.table(html, Sections.replications(r));
    }

    private static String verdict(ScenarioResult s) {
        if (s.slos().isEmpty()) {
            return "<span class=\"muted\">no objectives</span>";
        }
        return s.passed() ? "<span class=\"passed\">PASSED</span>" : "<span class=\"failed-verdict\">FAILED</span>";
    }
}
