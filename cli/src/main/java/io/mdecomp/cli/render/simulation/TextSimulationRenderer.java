package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Ansi;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Words;
import io.mdecomp.simulator.result.BreakerResult;
import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.result.GatewayResult;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.SloResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text summary of a simulation: per scenario the verdict, request totals, the routes that fail
 * a lot without an objective, per-route and per-service tables, the gateway's worker pool when it
 * has one, errors by root cause, calls with retries or failures, sagas, breaker transitions,
 * consumer lag, SLO verdicts and, with replications, confidence intervals. The tables are those of
 * {@link Sections}; numbers are formatted by {@link Quantities}.
 */
public final class TextSimulationRenderer implements Renderer<SimulationReport> {

    private static final String INDENT = "  ";

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
        heading(s, out);
        table(Sections.routes(s), INDENT, out);
        out.add("");
        table(Sections.services(s.services()), INDENT, out);
        gateway(s, out);
        causes(s, out);
        calls(s, out);
        section(Sections.sagas(s.sagas()), out);
        breakers(s, out);
        section(Sections.topics(s.topics()), out);
        objectives(s, out);
        s.replications().ifPresent(r -> replications(r, out));
    }

    private void heading(ScenarioResult s, List<String> out) {
        String verdict = s.slos().isEmpty() ? "no objectives"
                : s.passed() ? ansi.apply(Ansi.Style.GREEN, "PASSED") : ansi.apply(Ansi.Style.RED, "FAILED");
        out.add(ansi.apply(Ansi.Style.BOLD, "Scenario " + s.name()) + " (seed " + s.seed() + "): "
                + Quantities.number(s.simulatedSeconds()) + "s simulated, " + Words.count(s.events(), "event") + ", " + verdict);
        out.add(INDENT + "requests: " + s.requests().total() + " total, " + s.requests().ok() + " ok, "
                + s.requests().failed() + " failed (" + Quantities.percent(s.requests().errorRate()) + "), "
                + s.requests().inFlight() + " in flight at the end");
        for (String warning : Sections.unguardedRoutes(s)) {
            out.add(INDENT + ansi.apply(Ansi.Style.YELLOW, "note: " + warning));
        }
        out.add("");
    }

    private void gateway(ScenarioResult s, List<String> out) {
        if (s.gateway().isPresent()) {
            GatewayResult g = s.gateway().get();
            out.add(INDENT + "gateway: " + Words.count(g.workers(), "worker") + ", queue " + g.queue() + ": utilization "
                    + Quantities.percent(g.utilization()) + ", mean queue " + Quantities.number(g.meanQueueLength())
                    + ", " + g.rejected() + " rejected");
        }
    }

    private void causes(ScenarioResult s, List<String> out) {
        MetricTable causes = Sections.causes(s);
        if (!causes.rows().isEmpty()) {
            out.add("");
            out.add(INDENT + "failed requests by root cause:");
            table(causes, INDENT + INDENT, out);
        }
    }

    /** Only the calls that were retried or failed: the others say nothing a summary needs. */
    private void calls(ScenarioResult s, List<String> out) {
        List<CallResult> notable = s.calls().stream().filter(c -> c.retries() > 0 || !c.errors().isEmpty()).toList();
        section(Sections.calls(notable), out);
    }

    private void breakers(ScenarioResult s, List<String> out) {
        if (s.breakers().isEmpty()) {
            return;
        }
        out.add("");
        out.add(INDENT + "breaker transitions:");
        for (BreakerResult b : s.breakers()) {
            StringBuilder line = new StringBuilder(INDENT + INDENT + Quantities.call(b.call()) + ":");
            int shown = 0;
            for (BreakerResult.Transition t : b.transitions()) {
                if (shown++ == 12) {
                    line.append(" ... (").append(b.transitions().size()).append(" in all)");
                    break;
                }
                line.append(' ').append(Quantities.number(t.atSeconds())).append("s ").append(t.to().name());
            }
            out.add(line.toString());
        }
    }

    private void objectives(ScenarioResult s, List<String> out) {
        if (s.slos().isEmpty()) {
            return;
        }
        out.add("");
        out.add(INDENT + "objectives:");
        for (SloResult slo : s.slos()) {
            String mark = slo.passed() ? ansi.apply(Ansi.Style.GREEN, "pass") : ansi.apply(Ansi.Style.RED, "FAIL");
            String over = s.replications().flatMap(r -> r.verdict(slo))
                    .map(v -> "; " + Sections.verdictOver(v, slo.unit())).orElse("");
            out.add(INDENT + INDENT + mark + "  " + slo.describe() + "  (actual "
                    + Quantities.withUnit(slo.actual(), slo.unit()) + over + ")");
        }
    }

    private void replications(Replications r, List<String> out) {
        out.add("");
        out.add(INDENT + r.count() + " replications, " + Quantities.percent(r.level()) + " confidence intervals:");
        table(Sections.replications(r), INDENT + INDENT, out);
    }

    /** A blank line and the table, unless it has no rows. */
    private void section(MetricTable table, List<String> out) {
        if (!table.rows().isEmpty()) {
            out.add("");
            table(table, INDENT, out);
        }
    }

    private void table(MetricTable table, String indent, List<String> out) {
        out.addAll(TextTables.lines(table, indent, ansi));
    }
}
