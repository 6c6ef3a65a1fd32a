package io.mdecomp.cli.render.ci;

import io.mdecomp.cli.render.Words;
import io.mdecomp.analysis.check.BaselineEntry;
import io.mdecomp.analysis.check.CheckResult;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.diagnostic.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A check for people and build logs: one {@code FILE:LINE:COL: SEVERITY: MESSAGE [RULE]} line per
 * finding (with {@code (baselined)} after accepted ones and the recommendation indented below),
 * the fixed baseline entries, then a verdict line.
 */
public final class CheckTextRenderer {

    /** Writes {@code report} to {@code out}. */
    public void render(CiReport report, Writer out) throws IOException {
        CheckResult check = report.check();
        Set<String> fresh = check.comparison().newFindings().stream().map(Finding::key).collect(Collectors.toSet());
        StringBuilder text = new StringBuilder();
        for (Finding finding : check.findings()) {
            String where = finding.location().isKnown()
                    ? finding.location().toString() : report.modelUri();
            text.append(where).append(": ").append(finding.severity().label()).append(": ").append(finding.message())
                    .append(" [").append(finding.rule().name()).append(']')
                    .append(fresh.contains(finding.key()) ? "" : " (baselined)").append('\n');
            finding.recommendation().ifPresent(r -> text.append("    recommendation: ").append(r).append('\n'));
        }
        for (BaselineEntry entry : check.comparison().fixed()) {
            text.append("fixed since the baseline: ").append(entry.rule().name()).append(' ')
                    .append(String.join(", ", entry.subjects())).append('\n');
        }
        int failing = check.failing().size();
        text.append(check.passed() ? "check passed" : "check failed").append(": ")
                .append(Words.count(check.count(Severity.ERROR), "error")).append(", ")
                .append(Words.count(check.count(Severity.WARNING), "warning")).append(", ")
                .append(Words.count(check.count(Severity.NOTE), "note")).append("; ")
                .append(check.comparison().newFindings().size()).append(" new, ")
                .append(check.comparison().baselined().size()).append(" baselined, ")
                .append(check.comparison().fixed().size()).append(" fixed; ")
                .append(failing).append(" at or above --fail-on ").append(check.failOn().label()).append('\n');
        out.write(text.toString());
    }
}
