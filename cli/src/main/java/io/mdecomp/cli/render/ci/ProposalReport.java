package io.mdecomp.cli.render.ci;

import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.propose.AggregateMove;
import io.mdecomp.analysis.propose.Proposal;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The human report of {@code propose}: the settings that produced it, the current and proposed
 * cut's metrics side by side (from a full analysis of each), the proposed services and the moves.
 */
public final class ProposalReport {

    /** Writes the report of {@code proposal}; {@code metrics} compares the current (base) and proposed (head) analyses. */
    public void render(Proposal proposal, List<MetricDelta> metrics, int currentServices, Writer out)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("proposal for ").append(proposal.model().system()).append(": ")
                .append(proposal.options().algorithm().label()).append(", resolution ")
                .append(number(proposal.options().resolution())).append(", seed ").append(proposal.options().seed())
                .append(proposal.options().pins().isEmpty() ? "" : ", pinned " + String.join(", ",
                        proposal.options().pins())).append("\n\n");
        text.append(String.format(Locale.ROOT, "%-18s %10s %10s %10s%n", "metric", "current", "proposed", "delta"));
        text.append(String.format(Locale.ROOT, "%-18s %10d %10d %10d%n", "services", currentServices,
                proposal.model().services().size(), proposal.model().services().size() - currentServices));
        for (MetricDelta metric : metrics) {
            text.append(String.format(Locale.ROOT, "%-18s %10s %10s %10s%n", metric.metric(), number(metric.base()),
                    number(metric.head()), (metric.delta() > 0 ? "+" : "") + number(metric.delta())));
        }
        text.append("\nproposed services:\n");
        proposal.model().services().forEach(s -> text.append("  ").append(s.name()).append(": ")
                .append(String.join(", ", s.owns())).append('\n'));
        text.append(proposal.moves().isEmpty() ? "\nno moves: the current cut is kept\n" : "\nmoves:\n");
        for (AggregateMove move : proposal.moves()) {
            text.append("  ").append(move.aggregate());
            if (move.entities().size() > 1) {
                text.append(" (").append(String.join(", ", move.entities())).append(')');
            }
            text.append(": ").append(move.from()).append(" -> ").append(move.to()).append('\n');
        }
        out.write(text.toString());
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
