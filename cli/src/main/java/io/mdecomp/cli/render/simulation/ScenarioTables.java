package io.mdecomp.cli.render.simulation;

import static io.mdecomp.cli.render.simulation.TextSimulationRenderer.fmt;
import static io.mdecomp.cli.render.simulation.TextSimulationRenderer.pct;

import io.mdecomp.cli.render.Html;
import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.result.SloResult;
import io.mdecomp.simulator.result.TopicResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of a scenario in the HTML simulation report. Every table but the faults is of class
 * {@code sortable} (sorted by a click on a header, see {@code Html.SORTABLE_SCRIPT}); numbers are
 * right-aligned and start with their value so they sort numerically.
 */
final class ScenarioTables {

    private ScenarioTables() {
    }

    static void objectives(StringBuilder html, List<SloResult> slos) {
        html.append("<h3>Objectives</h3>\n");
        if (slos.isEmpty()) {
            html.append("<p class=\"muted\">None declared.</p>\n");
            return;
        }
        header(html, "objectives", List.of("objective", "actual", "target", "verdict", "declared at"));
        for (SloResult slo : slos) {
            boolean latency = slo.slo().contains("ms");
            html.append("<tr><td>").append(Html.escape(slo.slo())).append("</td>");
            number(html, latency ? fmt(slo.actual()) + " ms" : pct(slo.actual()));
            number(html, latency ? fmt(slo.target()) + " ms" : pct(slo.target()));
            html.append(slo.passed() ? "<td class=\"passed\">pass</td>" : "<td class=\"failed-verdict\">FAIL</td>")
                    .append("<td>").append(Html.escape(slo.location().isKnown() ? slo.location().toString() : "-"))
                    .append("</td></tr>\n");
        }
        end(html);
    }

    /**
     * Routes; with replications the mean and p99 cells read {@code m ± h}: the mean of that number
     * over the replications and the half-width of its confidence interval.
     */
    static void routes(StringBuilder html, ScenarioResult s) {
        Map<String, Replications.Estimate> estimates = new HashMap<>();
        s.replications().ifPresent(r -> r.estimates().forEach(e -> estimates.put(e.metric(), e)));
        header(html, "routes", List.of("route", "requests", "ok", "failed", "error rate", "ok/s", "mean ms", "p50",
                "p90", "p99", "p99.9", "max", "errors"));
        for (RouteResult r : s.routes()) {
            long done = r.ok() + r.failed();
            html.append("<tr><td>").append(Html.escape(r.route())).append("</td>");
            number(html, Long.toString(r.requests()));
            number(html, Long.toString(r.ok()));
            number(html, Long.toString(r.failed()));
            number(html, pct(done == 0 ? 0 : r.failed() / (double) done));
            number(html, fmt(r.throughput()));
            number(html, withInterval(r.latencyMs().mean(), estimates.get(r.route() + " meanMs")));
            number(html, fmt(r.latencyMs().p50()));
            number(html, fmt(r.latencyMs().p90()));
            number(html, withInterval(r.latencyMs().p99(), estimates.get(r.route() + " p99Ms")));
            number(html, fmt(r.latencyMs().p999()));
            number(html, fmt(r.latencyMs().max()));
            html.append("<td>").append(Html.escape(causes(r.errors()))).append("</td></tr>\n");
        }
        end(html);
    }

    static void services(StringBuilder html, List<ServiceResult> services) {
        header(html, "services", List.of("service", "calls", "ok", "failed", "utilization", "mean queue", "errors"));
        for (ServiceResult r : services) {
            html.append("<tr><td>").append(Html.escape(r.name())).append("</td>");
            number(html, Long.toString(r.calls()));
            number(html, Long.toString(r.ok()));
            number(html, Long.toString(r.failed()));
            number(html, pct(r.utilization()));
            number(html, fmt(r.meanQueueLength()));
            html.append("<td>").append(Html.escape(causes(r.errors()))).append("</td></tr>\n");
        }
        end(html);
    }

    static void calls(StringBuilder html, List<CallResult> calls) {
        if (calls.isEmpty()) {
            return;
        }
        html.append("<h3>Calls</h3>\n");
        header(html, "calls", List.of("caller", "callee", "calls", "attempts", "retries", "failed attempts"));
        for (CallResult c : calls) {
            html.append("<tr><td>").append(Html.escape(c.caller())).append("</td><td>").append(Html.escape(c.callee()))
                    .append("</td>");
            number(html, Long.toString(c.calls()));
            number(html, Long.toString(c.attempts()));
            number(html, Long.toString(c.retries()));
            html.append("<td>").append(Html.escape(causes(c.errors()))).append("</td></tr>\n");
        }
        end(html);
    }

    static void topics(StringBuilder html, List<TopicResult> topics) {
        if (topics.isEmpty()) {
            return;
        }
        html.append("<h3>Consumers</h3>\n");
        header(html, "topics", List.of("event", "consumer", "published", "consumed", "failed", "lag", "mean lag",
                "max lag"));
        for (TopicResult t : topics) {
            html.append("<tr><td>").append(Html.escape(t.event())).append("</td><td>").append(Html.escape(t.consumer()))
                    .append("</td>");
            number(html, Long.toString(t.published()));
            number(html, Long.toString(t.consumed()));
            number(html, Long.toString(t.failed()));
            number(html, Long.toString(t.lag()));
            number(html, fmt(t.meanLag()));
            number(html, fmt(t.maxLag()));
            html.append("</tr>\n");
        }
        end(html);
    }

    /** The faults, numbered as on the charts (F1, F2, …); nothing when there are none. */
    static void faults(StringBuilder html, TimeMarks marks) {
        if (marks.faults().isEmpty()) {
            return;
        }
        html.append("<table class=\"faults\">\n<thead><tr><th>fault</th><th>from (s)</th><th>to (s)</th>"
                + "<th>what</th></tr></thead>\n<tbody>\n");
        int number = 0;
        for (TimeMarks.FaultWindow f : marks.faults()) {
            number++;
            html.append("<tr><td>F").append(number).append("</td>");
            number(html, fmt(f.atSeconds()));
            number(html, fmt(f.atSeconds() + f.durationSeconds()));
            html.append("<td>").append(Html.escape(f.description())).append("</td></tr>\n");
        }
        end(html);
    }

    static void replications(StringBuilder html, Replications r) {
        html.append("<h3>Replications</h3>\n<p>").append(r.count()).append(" independent replications; ")
                .append(pct(r.level())).append(" Student-t confidence intervals. The routes' mean and p99 read")
                .append(" mean over the replications ± half-width; the other numbers are the first replication's.</p>\n");
        header(html, "replications", List.of("metric", "mean", "± half-width", "lower", "upper"));
        for (Replications.Estimate e : r.estimates()) {
            html.append("<tr><td>").append(Html.escape(e.metric())).append("</td>");
            number(html, fmt(e.mean()));
            number(html, fmt(e.halfWidth()));
            number(html, fmt(e.lower()));
            number(html, fmt(e.upper()));
            html.append("</tr>\n");
        }
        end(html);
    }

    private static String withInterval(double value, Replications.Estimate estimate) {
        return estimate == null ? fmt(value) : fmt(estimate.mean()) + " ± " + fmt(estimate.halfWidth());
    }

    private static String causes(Map<String, Long> errors) {
        StringBuilder b = new StringBuilder();
        errors.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return b.toString();
    }

    private static void header(StringBuilder html, String kind, List<String> columns) {
        html.append("<table class=\"sortable ").append(kind).append("\">\n<thead><tr>");
        for (String column : columns) {
            html.append("<th>").append(Html.escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
    }

    private static void number(StringBuilder html, String value) {
        html.append("<td class=\"num\">").append(Html.escape(value)).append("</td>");
    }

    private static void end(StringBuilder html) {
        html.append("</tbody>\n</table>\n");
    }
}
