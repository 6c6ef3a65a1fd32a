package io.mdecomp.cli.render.ci;

import io.mdecomp.cli.render.Words;
import io.mdecomp.analysis.check.BaselineEntry;
import io.mdecomp.analysis.check.CheckResult;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.plan.OpenFinding;
import io.mdecomp.analysis.plan.Plan;
import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.plan.ProposalComparison;
import io.mdecomp.cli.render.PlanText;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.diagnostic.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a check as GitHub-flavoured Markdown for a pull-request comment or
 * {@code $GITHUB_STEP_SUMMARY}: a verdict line, counts, the findings table (new ones marked), the
 * findings fixed since the baseline, the system metrics, the plan of recommendations (each step
 * with what it resolves and introduces, what it leaves open, the comparison with the proposal), and
 * the service graph as a Mermaid
 * diagram. Bounded to stay well under GitHub's 65,536-character comment limit: at most
 * {@value #MAX_ROWS} table rows and a diagram only up to {@value #MAX_EDGES} edges.
 */
public final class MarkdownRenderer {

    static final int MAX_ROWS = 100;
    static final int MAX_EDGES = 300;
    private static final int MAX_CELL = 300;

    /** Writes {@code report} to {@code out}. */
    public void render(CiReport report, Writer out) throws IOException {
        CheckResult check = report.check();
        StringBuilder md = new StringBuilder();
        md.append("## mdecomp ").append(report.command()).append(": ").append(cell(report.system())).append(" — ")
                .append(check.passed() ? "✅ passed" : "❌ failed").append("\n\n");
        int failing = check.failing().size();
        md.append(failing == 0 ? "No new finding at or above `" + check.failOn().label() + "`."
                : "**" + Words.count(failing, "new finding") + " at or above `"
                        + check.failOn().label() + "`** fail" + (failing == 1 ? "s" : "") + " the check.");
        md.append("\n\n| errors | warnings | notes | new | baselined | fixed |\n|---:|---:|---:|---:|---:|---:|\n| ")
                .append(check.count(Severity.ERROR)).append(" | ").append(check.count(Severity.WARNING)).append(" | ")
                .append(check.count(Severity.NOTE)).append(" | ").append(check.comparison().newFindings().size())
                .append(" | ").append(check.comparison().baselined().size()).append(" | ")
                .append(check.comparison().fixed().size()).append(" |\n\n");
        findings(report, md);
        if (!check.comparison().fixed().isEmpty()) {
            md.append("### Fixed since the baseline\n\n");
            for (BaselineEntry entry : check.comparison().fixed()) {
                md.append("- ").append(entry.rule().name()).append(' ').append(cell(String.join(", ", entry.subjects())))
                        .append(entry.message().isEmpty() ? "" : ": " + cell(entry.message())).append('\n');
            }
            md.append('\n');
        }
        report.metrics().ifPresent(metrics -> metrics(metrics, md));
        report.plan().ifPresent(plan -> plan(plan, md));
        diagram(report.diagram(), md);
        out.write(md.toString());
    }

    private static void findings(CiReport report, StringBuilder md) {
        CheckResult check = report.check();
        if (check.findings().isEmpty()) {
            md.append("No findings.\n\n");
            return;
        }
        Set<String> fresh = check.comparison().newFindings().stream().map(Finding::key).collect(Collectors.toSet());
        md.append("### Findings\n\n| severity | rule | subjects | message | location | |\n|---|---|---|---|---|---|\n");
        int rows = 0;
        for (Finding finding : check.findings()) {
            if (rows++ == MAX_ROWS) {
                md.append("\n… and ").append(check.findings().size() - MAX_ROWS)
                        .append(" more; see the SARIF or JSON report.\n");
                break;
            }
            String where = finding.location().isKnown()
                    ? "`" + report.modelUri() + ":" + finding.location().line() + "`" : "`" + report.modelUri() + "`";
            md.append("| ").append(icon(finding.severity())).append(' ').append(finding.severity().label())
                    .append(" | ").append(finding.rule().name()).append(' ').append(finding.rule().slug())
                    .append(" | ").append(cell(String.join(", ", finding.subjects())))
                    .append(" | ").append(cell(finding.message()
                            + finding.recommendation().map(r -> " → " + r).orElse("")))
                    .append(" | ").append(where)
                    .append(" | ").append(fresh.contains(finding.key()) ? "new" : "baselined").append(" |\n");
        }
        md.append('\n');
    }

    private static void metrics(SystemMetrics m, StringBuilder md) {
        md.append("### Metrics\n\n| modularity | mq | sm | icp | ifn | ned | scf | siy | cycles | longest sync chain |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n| ")
                .append(number(m.modularity())).append(" | ").append(number(m.mq())).append(" | ")
                .append(number(m.sm())).append(" | ").append(number(m.icp())).append(" | ")
                .append(number(m.ifn())).append(" | ").append(number(m.ned())).append(" | ")
                .append(number(m.scf())).append(" | ").append(m.siy()).append(" | ")
                .append(m.cycles().size()).append(" | ").append(m.longestSyncChain()).append(" |\n\n");
    }

    private static void plan(Plan plan, StringBuilder md) {
        md.append("### Plan\n\n").append(cell(PlanText.summary(plan))).append("\n\n");
        int rows = 0;
        for (PlanStep step : plan.steps()) {
            if (rows++ == MAX_ROWS) {
                md.append("… and ").append(plan.steps().size() - MAX_ROWS).append(" more steps; see the JSON report.\n");
                break;
            }
            md.append(step.number()).append(". **").append(step.change().kind()).append(' ')
                    .append(cell(step.change().service())).append("**: ").append(cell(step.change().detail()))
                    .append("<br>resolves ").append(cell(PlanText.findings(step.effect().resolved())))
                    .append("; introduces ").append(cell(PlanText.findings(step.effect().introduced())))
                    .append("; ").append(cell(PlanText.metrics(step.effect().system()))).append('\n');
        }
        if (!plan.steps().isEmpty()) {
            md.append('\n');
        }
        for (OpenFinding open : plan.open()) {
            md.append("- left open: ").append(cell(PlanText.finding(open.finding()) + ": " + open.reason()))
                    .append('\n');
        }
        plan.comparison().ifPresent(c -> {
            md.append(plan.open().isEmpty() ? "" : "\n").append(cell("Compared with the " + PlanText.comparison(c)
                    + ".")).append("\n\n");
            c.notes().forEach(note -> md.append(cell(note)).append("\n\n"));
            for (ProposalComparison.Difference d : PlanText.first(c.differences())) {
                md.append("- ").append(cell(PlanText.difference(d))).append('\n');
            }
            PlanText.more(c.differences().size(), "difference").ifPresent(more -> md.append("- ").append(more)
                    .append('\n'));
            md.append(c.differences().isEmpty() ? "" : "\n");
        });
    }

    private static void diagram(ServiceDiagram diagram, StringBuilder md) throws IOException {
        md.append("### Service graph\n\n");
        if (diagram.edges().size() > MAX_EDGES) {
            md.append(Words.count(diagram.services().size(), "service")).append(" and ")
                    .append(Words.count(diagram.edges().size(), "dependency", "dependencies")).append(": too many to draw here; use `--format dot` or `--format mermaid`.\n");
            return;
        }
        StringWriter mermaid = new StringWriter();
        new GraphRenderer().mermaid(diagram, mermaid);
        md.append("<details><summary>").append(Words.count(diagram.services().size(), "service")).append(", ")
                .append(Words.count(diagram.edges().size(), "dependency", "dependencies")).append("</summary>\n\n```mermaid\n")
                .append(mermaid).append("```\n\n</details>\n");
    }

    private static String icon(Severity severity) {
        switch (severity) {
            case ERROR: return "🔴";
            case WARNING: return "🟠";
            default: return "🔵";
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** A table cell: pipes escaped, line breaks flattened, HTML tags neutralised, length bounded. */
    public static String cell(String text) {
        String flat = text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;").replace(">", "&gt;");
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
    }
}
