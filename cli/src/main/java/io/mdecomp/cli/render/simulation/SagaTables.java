package io.mdecomp.cli.render.simulation;

import static io.mdecomp.cli.render.simulation.TextSimulationRenderer.fmt;
import static io.mdecomp.cli.render.simulation.TextSimulationRenderer.pct;

import io.mdecomp.cli.render.Html;
import io.mdecomp.simulator.result.GatewayResult;
import io.mdecomp.simulator.result.SagaResult;
import java.util.List;
import java.util.Optional;

/** The HTML report's gateway worker pool line and saga table; each writes nothing when absent. */
final class SagaTables {

    private SagaTables() {
    }

    /** One paragraph on the gateway's worker pool, when it has one. */
    static void gateway(StringBuilder html, Optional<GatewayResult> gateway) {
        if (gateway.isEmpty()) {
            return;
        }
        GatewayResult g = gateway.get();
        html.append("<p class=\"gateway\">Gateway: ").append(g.workers()).append(" workers, queue ")
                .append(g.queue()).append(": utilization ").append(Html.escape(pct(g.utilization())))
                .append(", mean queue ").append(Html.escape(fmt(g.meanQueueLength()))).append(", ")
                .append(g.rejected()).append(" rejected.</p>\n");
    }

    /** The sagas: one row per saga with its outcome counts and compensation calls. */
    static void sagas(StringBuilder html, List<SagaResult> sagas) {
        if (sagas.isEmpty()) {
            return;
        }
        html.append("<h3>Sagas</h3>\n");
        html.append("<table class=\"sortable sagas\">\n<thead><tr>");
        for (String column : List.of("saga", "started", "completed", "compensated", "compensation failed",
                "in flight", "compensations", "failed compensations")) {
            html.append("<th>").append(Html.escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (SagaResult s : sagas) {
            html.append("<tr><td>").append(Html.escape(s.route())).append("</td>");
            for (long n : new long[] {s.started(), s.completed(), s.compensated(), s.compensationFailed(),
                s.inFlight(), s.compensations(), s.compensationFailures()}) {
                html.append("<td class=\"num\">").append(n).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
