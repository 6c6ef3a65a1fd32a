package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Ansi;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Table;
import io.mdecomp.cli.render.Words;
import io.mdecomp.simulator.sweep.PointOutcome;
import io.mdecomp.simulator.tune.ResilienceRecommendation;
import io.mdecomp.simulator.tune.ResilienceReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A resilience sweep as text: the sweep's report (every point, best first), then per scenario the
 * Pareto front (objectives missed, error budget spent, retry amplification) and the recommended
 * {@code resilience:} block.
 */
public final class TextResilienceRenderer implements Renderer<ResilienceReport> {

    private final Ansi ansi;
    private final boolean color;

    public TextResilienceRenderer(boolean color) {
        this.ansi = new Ansi(color);
        this.color = color;
    }

    @Override
    public void render(ResilienceReport report, Writer writer) throws IOException {
        new TextSweepRenderer(color).render(report.sweep(), writer);
        List<String> lines = new ArrayList<>();
        for (ResilienceRecommendation r : report.recommendations()) {
            lines.add("");
            lines.add(ansi.apply(Ansi.Style.BOLD, "Pareto front of " + r.scenario()) + " (the points no other point matches"
                    + " or beats on objectives missed, error budget spent and attempts per call while beating them on"
                    + " one):");
            Table table = new Table(List.of("rank", "settings", "failed", "budget spent", "error rate", "attempts/call"),
                    List.of(Table.Align.RIGHT, Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT, Table.Align.RIGHT,
                            Table.Align.RIGHT));
            for (PointOutcome p : r.pareto()) {
                table.row(List.of(Integer.toString(p.rank()), String.join(", ", p.values()),
                        p.failedSlos() + "/" + p.slos().size(), budget(p), TuneNumbers.percent(p.errorRate().mean()),
                        TuneNumbers.times(p.retryAmplification())));
            }
            lines.addAll(table.lines("  ", ansi));
            String verdict = r.best().passed() ? ansi.apply(Ansi.Style.GREEN, "meets every objective")
                    : ansi.apply(Ansi.Style.RED, "misses " + Words.count(r.best().failedSlos(), "objective"));
            lines.add(ansi.apply(Ansi.Style.BOLD, "Recommended for " + r.scenario()) + " (" + verdict + "): "
                    + (r.settings().isEmpty() ? "the scenario as written" : String.join(", ", r.settings())));
            r.yaml().lines().forEach(line -> lines.add("  " + line));
        }
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
    }

    static String budget(PointOutcome p) {
        return p.errorBudgetSpent().isPresent() ? TuneNumbers.percent(p.errorBudgetSpent().getAsDouble()) : "-";
    }
}
