package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Ansi;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Table;
import io.mdecomp.cli.render.Words;
import io.mdecomp.simulator.sweep.Axis;
import io.mdecomp.simulator.sweep.PointOutcome;
import io.mdecomp.simulator.sweep.ScenarioOutcome;
import io.mdecomp.simulator.sweep.ScenarioSweep;
import io.mdecomp.simulator.sweep.SloOutcome;
import io.mdecomp.simulator.sweep.SweepReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep as aligned tables: per scenario a line saying what ran, then every point from best to
 * worst (rank, the point's values, each objective's actual value and verdict, failed objectives,
 * error rate, error budget spent, retry amplification, throughput, Pareto front), then the best
 * point. At most {@link #MAX_ROWS} rows per scenario; the JSON and HTML reports have all.
 */
public final class TextSweepRenderer implements Renderer<SweepReport> {

    /** Rows shown per scenario. */
    static final int MAX_ROWS = 50;

    private final Ansi ansi;

    public TextSweepRenderer(boolean color) {
        this.ansi = new Ansi(color);
    }

    @Override
    public void render(SweepReport report, Writer writer) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(ansi.apply(Ansi.Style.BOLD, "Sweep of " + report.header().model()) + ": " + report.runs()
                + " runs, objectives judged at " + TuneNumbers.confidence(report.header().confidence())
                + " confidence");
        for (ScenarioOutcome scenario : report.scenarios()) {
            lines.add("");
            lines.addAll(scenario(scenario));
        }
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
    }

    private List<String> scenario(ScenarioOutcome outcome) {
        ScenarioSweep sweep = outcome.sweep();
        List<String> lines = new ArrayList<>();
        lines.add(ansi.apply(Ansi.Style.BOLD, "Scenario " + sweep.name()) + ": " + Words.count(sweep.points(), "point")
                + " × " + Words.count(sweep.replications(), "replication") + ", seed " + sweep.seed() + ", "
                + sweep.randomNumbers().label() + " random numbers");
        for (Axis axis : sweep.axes()) {
            lines.add("  " + axis.path() + ": " + String.join(", ", axis.values()));
        }
        List<String> header = new ArrayList<>(List.of("rank"));
        List<Table.Align> aligns = new ArrayList<>(List.of(Table.Align.RIGHT));
        for (Axis axis : sweep.axes()) {
            header.add(axis.path());
            aligns.add(Table.Align.LEFT);
        }
        sweep.slos().forEach(slo -> {
            header.add(slo.describe());
            aligns.add(Table.Align.RIGHT);
        });
        for (String column : List.of("failed", "error rate", "budget spent", "attempts/call", "ok/s", "pareto")) {
            header.add(column);
            aligns.add(column.equals("pareto") ? Table.Align.LEFT : Table.Align.RIGHT);
        }
        Table table = new Table(header, aligns);
        int shown = 0;
        for (int index : outcome.ranking()) {
            if (shown++ == MAX_ROWS) {
                break;
            }
            PointOutcome p = outcome.points().get(index);
            List<Table.Cell> cells = new ArrayList<>();
            cells.add(Table.Cell.of(Integer.toString(p.rank())));
            p.values().forEach(v -> cells.add(Table.Cell.of(v)));
            for (SloOutcome slo : p.slos()) {
                String text = TuneNumbers.slo(slo.slo(), slo.actual()) + (slo.passed() ? " ok" : " MISSED");
                cells.add(new Table.Cell(text, slo.passed() ? Ansi.Style.GREEN : Ansi.Style.RED));
            }
            cells.add(Table.Cell.of(p.failedSlos() + "/" + p.slos().size()));
            cells.add(Table.Cell.of(TuneNumbers.percent(p.errorRate().mean())));
            cells.add(Table.Cell.of(p.errorBudgetSpent().isPresent()
                    ? TuneNumbers.percent(p.errorBudgetSpent().getAsDouble()) : "-"));
            cells.add(Table.Cell.of(TuneNumbers.times(p.retryAmplification())));
            cells.add(Table.Cell.of(TuneNumbers.number(p.throughput().mean())));
            cells.add(Table.Cell.of(p.pareto() ? "*" : ""));
            table.styledRow(cells);
        }
        lines.addAll(table.lines("  ", ansi));
        if (outcome.points().size() > MAX_ROWS) {
            lines.add("  ... " + Words.count(outcome.points().size() - MAX_ROWS, "more point", "more points")
                    + " in the JSON and HTML reports");
        }
        PointOutcome best = outcome.best();
        String verdict = best.passed() ? ansi.apply(Ansi.Style.GREEN, "meets every objective")
                : ansi.apply(Ansi.Style.RED, "misses " + Words.count(best.failedSlos(), "objective"));
        lines.add("  best: " + describe(sweep, best) + " (" + verdict + ")");
        return lines;
    }

    static String describe(ScenarioSweep sweep, PointOutcome point) {
        if (sweep.axes().isEmpty()) {
            return "the scenario as written";
        }
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < sweep.axes().size(); a++) {
            parts.add(sweep.axes().get(a).path() + " = " + point.values().get(a));
        }
        return String.join(", ", parts);
    }
}
