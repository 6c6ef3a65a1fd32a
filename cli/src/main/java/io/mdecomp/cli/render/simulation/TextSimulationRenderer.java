package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Ansi;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Table;
import io.mdecomp.cli.render.Table.Align;
import io.mdecomp.simulator.result.BreakerResult;
import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.result.GatewayResult;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.SagaResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.SloResult;
import io.mdecomp.simulator.result.TopicResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text summary of a simulation: per scenario the verdict, request totals, per-route and
 * per-service tables, the gateway's worker pool when it has one, errors by root cause, calls with
 * retries, sagas, breaker transitions, consumer lag, SLO verdicts and, with replications,
 * confidence intervals.
 */
public final class TextSimulationRenderer implements Renderer<SimulationReport> {

    private final Ansi ansi;

    public TextSimulationRenderer(boolean color) {
        this.ansi = new Ansi(color);
    }

    @Override
    public void render(SimulationReport report, Writer w) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ScenarioResult s : report.scenarios()) {
            scenario(s, lines);
            lines.add("");
        }
        long failed = report.scenarios().stream().filter(s -> !s.passed()).count();
        lines.add(failed == 0 ? ansi.apply(Ansi.Style.GREEN, "All " + report.scenarios().size()
                + " scenario(s) met their objectives.")
                : ansi.apply(Ansi.Style.RED, failed + " of " + report.scenarios().size()
                + " scenario(s) missed objectives."));
        for (String line : lines) {
            w.write(line);
            w.write("\n");
        }
    }

    private void scenario(ScenarioResult s, List<String> out) {
        String verdict = s.slos().isEmpty() ? "no objectives"
                : s.passed() ? ansi.apply(Ansi.Style.GREEN, "PASSED") : ansi.apply(Ansi.Style.RED, "FAILED");
        out.add(ansi.apply(Ansi.Style.BOLD, "Scenario " + s.name()) + " (seed " + s.seed() + "): "
                + fmt(s.simulatedSeconds()) + "s simulated, " + s.events() + " events, " + verdict);
        long done = s.requests().ok() + s.requests().failed();
        out.add("  requests: " + s.requests().total() + " total, " + s.requests().ok() + " ok, " + s.requests().failed()
                + " failed (" + pct(done == 0 ? 0 : s.requests().failed() / (double) done) + "), "
                + s.requests().inFlight() + " in flight at the end");
        out.add("");
        Table routes = new Table(List.of("route", "requests", "ok", "failed", "ok/s", "mean ms", "p50", "p90", "p99",
                "p99.9", "max", "errors"), List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
                Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT));
        for (RouteResult r : s.routes()) {
            routes.row(List.of(r.route(), Long.toString(r.requests()), Long.toString(r.ok()), Long.toString(r.failed()),
                    fmt(r.throughput()), fmt(r.latencyMs().mean()), fmt(r.latencyMs().p50()), fmt(r.latencyMs().p90()),
                    fmt(r.latencyMs().p99()), fmt(r.latencyMs().p999()), fmt(r.latencyMs().max()), causes(r.errors())));
        }
        out.addAll(routes.lines("  ", ansi));
        out.add("");
        Table services = new Table(List.of("service", "calls", "ok", "failed", "utilization", "mean queue", "errors"),
                List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT));
        for (ServiceResult r : s.services()) {
            services.row(List.of(r.name(), Long.toString(r.calls()), Long.toString(r.ok()), Long.toString(r.failed()),
                    pct(r.utilization()), fmt(r.meanQueueLength()), causes(r.errors())));
        }
        out.addAll(services.lines("  ", ansi));
        if (s.gateway().isPresent()) {
            GatewayResult g = s.gateway().get();
            out.add("  gateway: " + g.workers() + " workers, queue " + g.queue() + ": utilization "
                    + pct(g.utilization()) + ", mean queue " + fmt(g.meanQueueLength()) + ", " + g.rejected()
                    + " rejected");
        }
        Map<String, Long> rootCauses = new TreeMap<>();
        s.routes().forEach(r -> r.errors().forEach((k, v) -> rootCauses.merge(k, v, Long::sum)));
        if (!rootCauses.isEmpty()) {
            out.add("");
            out.add("  failed requests by root cause:");
            Table causes = new Table(List.of("cause", "requests", "share of failed"),
                    List.of(Align.LEFT, Align.RIGHT, Align.RIGHT));
            rootCauses.forEach((k, v) -> causes.row(List.of(k, Long.toString(v),
                    pct(v / (double) Math.max(1, s.requests().failed())))));
            out.addAll(causes.lines("    ", ansi));
        }
        List<CallResult> retried = s.calls().stream().filter(c -> c.retries() > 0 || !c.errors().isEmpty()).toList();
        if (!retried.isEmpty()) {
            out.add("");
            Table calls = new Table(List.of("call", "calls", "attempts", "retries", "failed attempts"),
                    List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT));
            for (CallResult c : retried) {
                calls.row(List.of(c.caller() + " -> " + c.callee(), Long.toString(c.calls()), Long.toString(c.attempts()),
                        Long.toString(c.retries()), causes(c.errors())));
            }
            out.addAll(calls.lines("  ", ansi));
        }
        if (!s.sagas().isEmpty()) {
            out.add("");
            Table sagas = new Table(List.of("saga", "started", "completed", "compensated", "comp. failed",
                    "in flight", "compensations", "failed comp."), List.of(Align.LEFT, Align.RIGHT, Align.RIGHT,
                    Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT));
            for (SagaResult saga : s.sagas()) {
                sagas.row(List.of(saga.route(), Long.toString(saga.started()), Long.toString(saga.completed()),
                        Long.toString(saga.compensated()), Long.toString(saga.compensationFailed()),
                        Long.toString(saga.inFlight()), Long.toString(saga.compensations()),
                        Long.toString(saga.compensationFailures())));
            }
            out.addAll(sagas.lines("  ", ansi));
        }
        if (!s.breakers().isEmpty()) {
            out.add("");
            out.add("  breaker transitions:");
            for (BreakerResult b : s.breakers()) {
                StringBuilder line = new StringBuilder("    " + b.caller() + " -> " + b.callee() + ":");
                int shown = 0;
                for (BreakerResult.Transition t : b.transitions()) {
                    if (shown++ == 12) {
                        line.append(" ... (").append(b.transitions().size()).append(" in all)");
                        break;
                    }
                    line.append(' ').append(fmt(t.atSeconds())).append("s ").append(t.to());
                }
                out.add(line.toString());
            }
        }
        if (!s.topics().isEmpty()) {
            out.add("");
            Table topics = new Table(List.of("event", "consumer", "published", "consumed", "failed", "lag", "mean lag",
                    "max lag"), List.of(Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
                    Align.RIGHT, Align.RIGHT));
            for (TopicResult t : s.topics()) {
                topics.row(List.of(t.event(), t.consumer(), Long.toString(t.published()), Long.toString(t.consumed()),
                        Long.toString(t.failed()), Long.toString(t.lag()), fmt(t.meanLag()), fmt(t.maxLag())));
            }
            out.addAll(topics.lines("  ", ansi));
        }
        if (!s.slos().isEmpty()) {
            out.add("");
            out.add("  objectives:");
            for (SloResult slo : s.slos()) {
                String mark = slo.passed() ? ansi.apply(Ansi.Style.GREEN, "pass") : ansi.apply(Ansi.Style.RED, "FAIL");
                boolean latency = slo.slo().contains("ms");
                out.add("    " + mark + "  " + slo.slo() + "  (actual " + (latency ? fmt(slo.actual()) + "ms"
                        : pct(slo.actual())) + ")");
            }
        }
        if (s.replications().isPresent()) {
            Replications r = s.replications().get();
            out.add("");
            out.add("  " + r.count() + " replications, " + pct(r.level()) + " confidence intervals:");
            Table table = new Table(List.of("metric", "mean", "± half-width"), List.of(Align.LEFT, Align.RIGHT, Align.RIGHT));
            for (Replications.Estimate e : r.estimates()) {
                table.row(List.of(e.metric(), fmt(e.mean()), fmt(e.halfWidth())));
            }
            out.addAll(table.lines("    ", ansi));
        }
    }

    private static String causes(Map<String, Long> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        errors.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return b.toString();
    }

    static String fmt(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3f", value);
    }

    static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }
}
