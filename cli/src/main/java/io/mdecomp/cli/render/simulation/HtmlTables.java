package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Html;
import io.mdecomp.simulator.compare.Verdict;
import io.mdecomp.simulator.result.GatewayResult;
import java.util.Optional;

/**
 * Writes the tables of the HTML simulation report. Every results table is of class
 * {@code sortable} and its {@link MetricTable#kind()} (sorted by a click on a header, see
 * {@code Html.SORTABLE_SCRIPT}); numbers are right-aligned and start with their value so they sort
 * numerically. The faults table is not sortable: it is numbered in time order, as on the charts.
 */
final class HtmlTables {

    private HtmlTables() {
    }

    /** {@code table} with a header row and one row per result. */
    static void table(StringBuilder html, MetricTable table) {
        html.append("<table class=\"sortable ").append(table.kind()).append("\">\n<thead><tr>");
        for (String column : table.columns()) {
            html.append("<th>").append(Html.escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (var row : table.rows()) {
            html.append("<tr>");
            for (MetricTable.Cell cell : row) {
                cell(html, cell);
            }
            html.append("</tr>\n");
        }
        end(html);
    }

    private static void cell(StringBuilder html, MetricTable.Cell cell) {
        if (cell instanceof MetricTable.PassFail verdict) {
            html.append(verdict.passed() ? "<td class=\"passed\">" : "<td class=\"failed-verdict\">");
        } else if (cell instanceof MetricTable.Judged judged && judged.verdict() == Verdict.BETTER) {
            html.append("<td class=\"passed\">");
        } else if (cell instanceof MetricTable.Judged judged && judged.verdict() == Verdict.WORSE) {
            html.append("<td class=\"failed-verdict\">");
        } else {
            html.append(cell.numeric() ? "<td class=\"num\">" : "<td>");
        }
        html.append(Html.escape(cell.text())).append("</td>");
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
            html.append("<tr><td>F").append(number).append("</td><td class=\"num\">")
                    .append(Html.escape(Quantities.number(f.atSeconds()))).append("</td><td class=\"num\">")
                    .append(Html.escape(Quantities.number(f.atSeconds() + f.durationSeconds())))
                    .append("</td><td>").append(Html.escape(f.description())).append("</td></tr>\n");
        }
        end(html);
    }

    /** One paragraph on the gateway's worker pool, when it has one. */
    static void gateway(StringBuilder html, Optional<GatewayResult> gateway) {
        if (gateway.isEmpty()) {
            return;
        }
        GatewayResult g = gateway.get();
        html.append("<p class=\"gateway\">Gateway: ").append(g.workers()).append(" workers, queue ")
                .append(g.queue()).append(": utilization ").append(Html.escape(Quantities.percent(g.utilization())))
                .append(", mean queue ").append(Html.escape(Quantities.number(g.meanQueueLength()))).append(", ")
                .append(g.rejected()).append(" rejected.</p>\n");
    }

    private static void end(StringBuilder html) {
        html.append("</tbody>\n</table>\n");
    }
}
