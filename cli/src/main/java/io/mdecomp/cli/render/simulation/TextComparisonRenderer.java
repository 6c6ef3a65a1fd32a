package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Ansi;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.compare.ComparisonReport;
import io.mdecomp.simulator.compare.ScenarioComparison;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison as text: what was compared, then per scenario its headline, the routes table
 * (each compared metric on base and head, the paired difference, its interval and the verdict)
 * and the objectives table; a closing line says whether any objective regressed.
 */
final class TextComparisonRenderer implements Renderer<ComparisonReport> {

    private static final String INDENT = "  ";

    private final Ansi ansi;
    private final ComparisonLabels labels;

    TextComparisonRenderer(boolean color, ComparisonLabels labels) {
        this.ansi = new Ansi(color);
        this.labels = labels;
    }

    @Override
    public void render(ComparisonReport report, Writer w) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(ansi.apply(Ansi.Style.BOLD, "Compare " + labels.base() + " (base) with " + labels.head() + " (head)")
                + ": " + report.replications() + " paired replications, " + Quantities.level(report.level())
                + " intervals of head - base");
        for (ScenarioComparison c : report.scenarios()) {
            lines.add("");
            scenario(c, report.level(), lines);
        }
        lines.add("");
        long regressed = report.scenarios().stream().filter(ScenarioComparison::regressed).count();
        lines.add(regressed == 0
                ? ansi.apply(Ansi.Style.GREEN, "No objective that holds on base fails on head.")
                : ansi.apply(Ansi.Style.RED, regressed + " of " + report.scenarios().size()
                + " scenario(s) have an objective that holds on base and fails on head."));
        for (String line : lines) {
            w.write(line);
            w.write("\n");
        }
    }

    private void scenario(ScenarioComparison c, double level, List<String> out) {
        String headline = ComparisonSections.headline(c);
        out.add(ansi.apply(Ansi.Style.BOLD, "Scenario " + c.name()) + " (seed " + c.seed() + "): "
                + (c.regressed() ? ansi.apply(Ansi.Style.RED, headline) : headline));
        out.add("");
        out.addAll(TextTables.lines(ComparisonSections.routes(c, level), INDENT, ansi));
        MetricTable objectives = ComparisonSections.objectives(c, level);
        if (!objectives.rows().isEmpty()) {
            out.add("");
            out.addAll(TextTables.lines(objectives, INDENT, ansi));
        }
    }
}
