package io.mdecomp.importer.java;

/** Writes an {@link ImportReport} as Markdown. Deterministic. */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static String markdown(ImportReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# Import of ").append(report.system()).append("\n\n");
        report.summary().forEach(line -> out.append("* ").append(line).append('\n'));
        out.append("\n## Recognised\n");
        for (ImportReport.Section section : report.recognised()) {
            out.append("\n### ").append(section.title()).append(" (").append(section.lines().size()).append(")\n\n");
            if (section.lines().isEmpty()) {
                out.append("None.\n");
            }
            section.lines().forEach(line -> out.append("* ").append(line).append('\n'));
        }
        list(out, "Guessed", report.guessed());
        list(out, "Not understood", report.notUnderstood());
        list(out, "Skipped", report.skipped());
        return out.toString();
    }

    private static void list(StringBuilder out, String title, java.util.List<String> lines) {
        out.append("\n## ").append(title).append("\n\n");
        if (lines.isEmpty()) {
            out.append("Nothing.\n");
        }
        lines.forEach(line -> out.append("* ").append(line).append('\n'));
    }
}
