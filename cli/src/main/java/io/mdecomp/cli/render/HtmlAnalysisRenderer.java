package io.mdecomp.cli.render;

import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.plan.OpenFinding;
import io.mdecomp.analysis.plan.Plan;
import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.plan.ProposalComparison;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The analysis as one self-contained HTML page (no network, no external files): the service
 * graph as inline SVG ({@link ServiceGraphSvg}), the services' metrics in a table sortable by any
 * column, the system metrics, the findings with their {@code file:line:col}, and the
 * recommendations. A Content-Security-Policy forbids loading anything; colours follow the reader's
 * light or dark preference. The markup is also well-formed XML, and the same report gives the same bytes.
 */
public final class HtmlAnalysisRenderer implements Renderer<AnalysisView> {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;background:#fff}
            table{border-collapse:collapse;margin:1em 0}
            th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            th{background:#f2f2f2;cursor:pointer}
            .error{color:#b00020;font-weight:bold}.warning{color:#a66300}.note{color:#00639b}
            #service-graph{max-width:100%;height:auto}
            .node circle{fill:#dbe9f6;stroke:#2b5d8a;stroke-width:1.5}
            .node text{font-size:12px;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
            .node.finding-error circle{stroke:#b00020;stroke-width:4}.node.finding-warning circle{stroke:#a66300;stroke-width:4}
            .node.finding-note circle{stroke:#00639b;stroke-width:3}
            .edge{fill:none;stroke-width:1.6}.edge.cycle{stroke-width:4}
            dl.legend{display:grid;grid-template-columns:max-content auto;gap:2px 12px;font-size:90%}
            dl.legend dt{font-weight:bold}dl.legend dd{margin:0}th[title]{text-decoration:underline dotted}
            .edge-sync{stroke:#c62828}.edge-async{stroke:#1565c0;stroke-dasharray:6 4}
            .edge-event{stroke:#2e7d32;stroke-dasharray:2 3}.edge-declared{stroke:#757575}
            .edge-data{stroke:#ef6c00;stroke-dasharray:8 3 2 3}
            .head-sync{fill:#c62828}.head-async{fill:#1565c0}.head-event{fill:#2e7d32}
            .head-declared{fill:#757575}.head-data{fill:#ef6c00}
            @media (prefers-color-scheme:dark){body{color:#e4e4e4;background:#15171a}th,td{border-color:#444}
            th{background:#24272b}.error{color:#ef5350}.warning{color:#ffb74d}.note{color:#64b5f6}
            .node circle{fill:#1e3a5a;stroke:#90caf9}.node text{fill:#e4e4e4;stroke:#15171a}
            .node.finding-error circle{stroke:#ef5350}.node.finding-warning circle{stroke:#ffb74d}
            .node.finding-note circle{stroke:#64b5f6}
            .edge-sync{stroke:#ef5350}.edge-async{stroke:#64b5f6}.edge-event{stroke:#81c784}.edge-declared{stroke:#bdbdbd}
            .edge-data{stroke:#ffb74d}.head-sync{fill:#ef5350}.head-async{fill:#64b5f6}.head-event{fill:#81c784}
            .head-declared{fill:#bdbdbd}.head-data{fill:#ffb74d}}
            """;

    @Override
    public void render(AnalysisView report, Writer writer) throws IOException {
        StringBuilder html = new StringBuilder();
        String title = "mdecomp analysis: " + report.system();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n").append(Html.HEAD_META).append("<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        html.append("<p>").append(Words.count(report.services().size(), "service")).append(", ")
                .append(Words.count(report.findings().size(), "finding")).append(", ")
                .append(Words.count(report.recommendations().size(), "recommendation")).append(".</p>\n");
        html.append("<h2>Service graph</h2>\n<p>Circle size: granularity. Arrows: sync (red), async (blue, dashed),"
                + " event (green, dotted), declared (grey), data (orange); thick arrows are in a dependency cycle."
                + " A ring marks a service with findings (red: error, orange: warning, blue: note); hover for"
                + " details.</p>\n");
        html.append(ServiceGraphSvg.render(report.services(), report.dependencies(), report.metrics().cycles(),
                report.findings()));
        services(html, report.services());
        system(html, report.metrics());
        findings(html, report.findings());
        plan(html, report.plan());
        html.append("<script>\n").append(Html.SORTABLE_SCRIPT).append("</script>\n</body>\n</html>\n");
        writer.write(html.toString());
    }

    private static void services(StringBuilder html, List<ServiceMetrics> services) {
        html.append("<h2>Services</h2>\n");
        explainedHeader(html, "services", MetricGlossary.SERVICE_COLUMNS);
        for (ServiceMetrics s : services) {
            html.append("<tr><td>").append(Html.escape(s.name())).append("</td>");
            for (double value : new double[] {s.granularity(), s.sharedEntityCoupling(), s.cohesion(), s.coupling()}) {
                number(html, TextAnalysisRenderer.ratio(value));
            }
            number(html, Integer.toString(s.ca()));
            number(html, Integer.toString(s.ce()));
            number(html, TextAnalysisRenderer.ratio(s.instability()));
            number(html, Integer.toString(s.ais()));
            number(html, Integer.toString(s.ads()));
            number(html, Integer.toString(s.acs()));
            number(html, TextAnalysisRenderer.ratio(s.siuc()));
            number(html, Integer.toString(s.syncFanOut()));
            number(html, Integer.toString(s.syncDepth()));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<dl class=\"legend\">\n");
        for (MetricGlossary.Term term : MetricGlossary.SERVICE_COLUMNS.subList(1, MetricGlossary.SERVICE_COLUMNS.size())) {
            html.append("<dt>").append(Html.escape(term.name())).append("</dt><dd>").append(Html.escape(term.meaning()))
                    .append("</dd>\n");
        }
        html.append("</dl>\n");
    }

    private static void system(StringBuilder html, SystemMetrics m) {
        html.append("<h2>System</h2>\n");
        header(html, "system", List.of("metric", "value", "meaning"));
        for (List<String> row : MetricGlossary.systemRows(m)) {
            html.append("<tr><td>").append(row.get(0)).append("</td>");
            number(html, row.get(1));
            html.append("<td>").append(Html.escape(row.get(2))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (!m.cycles().isEmpty()) {
            html.append("<ul class=\"cycles\">\n");
            for (List<String> cycle : m.cycles()) {
                html.append("<li>").append(Html.escape(String.join(" -> ", cycle))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
    }

    private static void findings(StringBuilder html, List<Finding> findings) {
        html.append("<h2>Findings</h2>\n");
        if (findings.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        header(html, "findings", List.of("location", "severity", "rule", "message", "recommendation"));
        for (Finding f : findings) {
            String severity = f.severity().label();
            html.append("<tr><td>").append(Html.escape(f.location().isKnown() ? f.location().toString() : "-"))
                    .append("</td><td class=\"").append(severity).append("\">").append(severity).append("</td><td>")
                    .append(f.rule().name()).append("</td><td>").append(Html.escape(f.message())).append("</td><td>")
                    .append(Html.escape(f.recommendation().orElse(""))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void plan(StringBuilder html, Plan plan) {
        html.append("<h2>Plan</h2>\n<p>").append(Html.escape(PlanText.summary(plan))).append("</p>\n");
        if (!plan.steps().isEmpty()) {
            header(html, "plan", List.of("step", "change", "detail", "effect"));
            for (PlanStep step : plan.steps()) {
                Recommendation r = step.change();
                html.append("<tr><td class=\"num\">").append(step.number()).append("</td><td>").append(r.kind())
                        .append(' ').append(Html.escape(r.service())).append("</td><td>").append(Html.escape(r.detail()))
                        .append("</td><td><ul>");
                for (String line : PlanText.effect(step)) {
                    html.append("<li>").append(Html.escape(line)).append("</li>");
                }
                html.append("</ul></td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        if (!plan.open().isEmpty()) {
            html.append("<h3>Left open</h3>\n<ul>\n");
            for (OpenFinding open : plan.open()) {
                html.append("<li>").append(Html.escape(PlanText.finding(open.finding()) + ": " + open.reason()))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        plan.comparison().ifPresent(c -> {
            html.append("<h3>Plan and proposal</h3>\n<p>").append(Html.escape("Compared with the "
                    + PlanText.comparison(c) + ".")).append("</p>\n");
            c.notes().forEach(note -> html.append("<p>").append(Html.escape(note)).append("</p>\n"));
            if (!c.differences().isEmpty()) {
                html.append("<ul>\n");
                for (ProposalComparison.Difference d : PlanText.first(c.differences())) {
                    html.append("<li>").append(Html.escape(PlanText.difference(d))).append("</li>\n");
                }
                PlanText.more(c.differences().size(), "difference")
                        .ifPresent(more -> html.append("<li>").append(Html.escape(more)).append("</li>\n"));
                html.append("</ul>\n");
            }
            if (!c.proposalIntroduces().isEmpty()) {
                html.append("<p>").append(Html.escape("The proposal's cut would introduce: "
                        + PlanText.findings(PlanText.first(c.proposalIntroduces()))
                        + PlanText.more(c.proposalIntroduces().size(), "finding").map(m -> "; " + m).orElse("")))
                        .append("</p>\n");
            }
        });
    }

    private static void header(StringBuilder html, String id, List<String> columns) {
        explainedHeader(html, id, columns.stream().map(c -> new MetricGlossary.Term(c, "")).toList());
    }

    /** A sortable table's head whose column names explain themselves in a tooltip. */
    private static void explainedHeader(StringBuilder html, String id, List<MetricGlossary.Term> columns) {
        html.append("<table class=\"sortable\" id=\"").append(id).append("\">\n<thead><tr>");
        for (MetricGlossary.Term column : columns) {
            html.append(column.meaning().isEmpty() ? "<th>" : "<th title=\"" + Html.escape(column.meaning()) + "\">")
                    .append(Html.escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
    }

    private static void number(StringBuilder html, String value) {
        html.append("<td class=\"num\">").append(Html.escape(value)).append("</td>");
    }
}
