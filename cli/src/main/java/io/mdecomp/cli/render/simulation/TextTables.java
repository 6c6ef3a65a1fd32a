package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Ansi;
import io.mdecomp.cli.render.Table;
import io.mdecomp.cli.render.Table.Align;
import java.util.ArrayList;
import java.util.List;

/** Writes a {@link MetricTable} as aligned text ({@link Table}) and as a GitHub Markdown table. */
final class TextTables {

    private TextTables() {
    }

    /** The table as aligned lines: columns of numbers right-aligned, the others left. */
    static List<String> lines(MetricTable table, String indent, Ansi ansi) {
        List<Align> aligns = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            aligns.add(numeric(table, c) ? Align.RIGHT : Align.LEFT);
        }
        Table text = new Table(table.columns(), aligns);
        for (List<MetricTable.Cell> row : table.rows()) {
            text.row(row.stream().map(MetricTable.Cell::text).toList());
        }
        return text.lines(indent, ansi);
    }

    /** The table in GitHub Markdown: pipes in cells escaped, numeric columns right-aligned. */
    static List<String> markdown(MetricTable table) {
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", table.columns().stream().map(TextTables::cell).toList()) + " |");
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < table.columns().size(); c++) {
            rule.append(numeric(table, c) ? "---:|" : "---|");
        }
        lines.add(rule.toString());
        for (List<MetricTable.Cell> row : table.rows()) {
            lines.add("| " + String.join(" | ", row.stream().map(x -> cell(x.text())).toList()) + " |");
        }
        return lines;
    }

    private static boolean numeric(MetricTable table, int column) {
        return !table.rows().isEmpty() && table.rows().stream().allMatch(row -> row.get(column).numeric());
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
