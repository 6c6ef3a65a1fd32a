package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.compare.ComparisonReport;
import io.mdecomp.simulator.compare.ScenarioComparison;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison as GitHub Markdown, for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}:
 * a heading and verdict, then per scenario its headline and the routes and objectives tables.
 */
final class MarkdownComparisonRenderer implements Renderer<ComparisonReport> {

    private final ComparisonLabels labels;

    MarkdownComparisonRenderer(ComparisonLabels labels) {
        this.labels = labels;
    }

    @Override
    public void render(ComparisonReport report, Writer w) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("## mdecomp simulate compare");
        lines.add("");
        lines.add("`" + code(labels.base()) + "` (base) against `" + code(labels.head()) + "` (head): "
                + report.replications() + " paired replications per scenario, " + Quantities.level(report.level())
                + " intervals of head − base.");
        lines.add("");
        lines.add(report.regressed() ? "**An objective that holds on base fails on head.**"
                : "No objective that holds on base fails on head.");
        for (ScenarioComparison c : report.scenarios()) {
            lines.add("");
            lines.add("### Scenario " + text(c.name()));
            lines.add("");
            lines.add(ComparisonSections.headline(c) + " (seed " + c.seed() + ").");
            lines.add("");
            lines.addAll(TextTables.markdown(ComparisonSections.routes(c, report.level())));
            MetricTable objectives = ComparisonSections.objectives(c, report.level());
            if (!objectives.rows().isEmpty()) {
                lines.add("");
                lines.addAll(TextTables.markdown(objectives));
            }
        }
        for (String line : lines) {
            w.write(line);
            w.write("\n");
        }
    }

    private static String code(String text) {
        return text.replace("`", "'");
    }

    private static String text(String name) {
        return name.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
                .replace("`", "\\`");
    }
}
