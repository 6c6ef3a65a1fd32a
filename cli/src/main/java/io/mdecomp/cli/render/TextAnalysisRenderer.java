package io.mdecomp.cli.render;

import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.plan.OpenFinding;
import io.mdecomp.analysis.plan.Plan;
import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.plan.ProposalComparison;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.diagnostic.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analysis as aligned tables for people: a summary line, the services with their numbers,
 * the system metrics, the findings with {@code file:line:col}, and the plan: its steps with what
 * each resolves, introduces and changes, what it leaves open, and how it compares with the proposal.
 * Ratios show two decimals; colour only when {@link RenderOptions#color()}.
 */
public final class TextAnalysisRenderer implements Renderer<AnalysisView> {

    private static final String INDENT = "  ";

    private final Ansi ansi;

    public TextAnalysisRenderer(RenderOptions options) {
        this.ansi = new Ansi(options.color());
    }

    @Override
    public void render(AnalysisView report, Writer writer) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(summary(report));
        lines.add("");
        lines.add(ansi.apply(Ansi.Style.BOLD, "Services"));
        lines.addAll(services(report.services()));
        lines.add("");
        lines.add(ansi.apply(Ansi.Style.BOLD, "System"));
        lines.addAll(system(report.metrics()));
        lines.add("");
        lines.addAll(findings(report.findings()));
        lines.add("");
        lines.addAll(plan(report.plan()));
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
    }

    private String summary(AnalysisView report) {
        long errors = count(report.findings(), Severity.ERROR);
        long warnings = count(report.findings(), Severity.WARNING);
        long notes = count(report.findings(), Severity.NOTE);
        return ansi.apply(Ansi.Style.BOLD, report.system()) + ": " + Words.count(report.services().size(), "service")
                + ", " + Words.count(report.findings().size(), "finding")
                + " (" + Words.count(errors, "error") + ", " + Words.count(warnings, "warning") + ", "
                + Words.count(notes, "note") + "), " + Words.count(report.recommendations().size(), "recommendation");
    }

    private List<String> services(List<ServiceMetrics> services) {
        Table.Align l = Table.Align.LEFT;
        Table.Align r = Table.Align.RIGHT;
        Table table = new Table(MetricGlossary.names(MetricGlossary.SERVICE_COLUMNS),
                List.of(l, r, r, r, r, r, r, r, r, r, r, r, r, r));
        for (ServiceMetrics s : services) {
            table.row(List.of(s.name(), ratio(s.granularity()), ratio(s.sharedEntityCoupling()), ratio(s.cohesion()),
                    ratio(s.coupling()), num(s.ca()), num(s.ce()), ratio(s.instability()), num(s.ais()),
                    num(s.ads()), num(s.acs()), ratio(s.siuc()), num(s.syncFanOut()), num(s.syncDepth())));
        }
        return table.lines(INDENT, ansi);
    }

    private List<String> system(SystemMetrics m) {
        Table table = new Table(List.of("metric", "value", "meaning"),
                List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.LEFT));
        MetricGlossary.systemRows(m).forEach(table::row);
        List<String> lines = new ArrayList<>(table.lines(INDENT, ansi));
        for (List<String> cycle : m.cycles()) {
            lines.add(INDENT + INDENT + "cycle: " + String.join(" -> ", cycle));
        }
        return lines;
    }

    private List<String> findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of(ansi.apply(Ansi.Style.BOLD, "Findings") + ": none");
        }
        List<String> lines = new ArrayList<>();
        lines.add(ansi.apply(Ansi.Style.BOLD, "Findings"));
        Table table = new Table(List.of("location", "severity", "rule", "message"),
                List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT));
        for (Finding f : findings) {
            table.styledRow(List.of(Table.Cell.of(f.location().isKnown() ? f.location().toString() : "-"),
                    new Table.Cell(f.severity().label(), Ansi.of(f.severity())),
                    Table.Cell.of(f.rule().name()), Table.Cell.of(f.message())));
        }
        List<String> rows = table.lines(INDENT, ansi);
        lines.add(rows.get(0));
        for (int i = 0; i < findings.size(); i++) {
            lines.add(rows.get(i + 1));
            int index = i;
            findings.get(i).recommendation().ifPresent(text ->
                    lines.add(INDENT + INDENT + ansi.apply(Ansi.Style.GREEN, "-> " + text)
                            + ansi.apply(Ansi.Style.DIM, "  [" + findings.get(index).rule().name() + "]")));
        }
        return lines;
    }

    private List<String> plan(Plan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(ansi.apply(Ansi.Style.BOLD, "Plan") + ": " + PlanText.summary(plan));
        for (PlanStep step : plan.steps()) {
            Recommendation change = step.change();
            lines.add(INDENT + step.number() + ". " + ansi.apply(Ansi.Style.BOLD, change.kind() + " " + change.service())
                    + ": " + change.detail());
            for (String line : PlanText.effect(step)) {
                lines.add(INDENT + INDENT + "   " + ansi.apply(Ansi.Style.DIM, line));
            }
        }
        if (!plan.open().isEmpty()) {
            lines.add(INDENT + "Left open:");
            for (OpenFinding open : plan.open()) {
                lines.add(INDENT + INDENT + PlanText.finding(open.finding()) + ": " + open.reason());
            }
        }
        plan.comparison().ifPresent(c -> {
            lines.add(INDENT + "Compared with the " + PlanText.comparison(c) + ".");
            c.notes().forEach(note -> lines.add(INDENT + INDENT + note));
            for (ProposalComparison.Difference d : PlanText.first(c.differences())) {
                lines.add(INDENT + INDENT + "- " + PlanText.difference(d));
            }
            PlanText.more(c.differences().size(), "difference").ifPresent(more -> lines.add(INDENT + INDENT + more));
            if (!c.proposalIntroduces().isEmpty()) {
                lines.add(INDENT + INDENT + "The proposal's cut would introduce: "
                        + PlanText.findings(PlanText.first(c.proposalIntroduces()))
                        + PlanText.more(c.proposalIntroduces().size(), "finding").map(m -> "; " + m).orElse(""));
            }
        });
        return lines;
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }


    /** Two decimals, {@code -} for an undefined value. */
    static String ratio(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "-";
    }

    private static String num(long value) {
        return Long.toString(value);
    }
}
