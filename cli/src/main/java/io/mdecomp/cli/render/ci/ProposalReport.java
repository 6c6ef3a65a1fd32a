package io.mdecomp.cli.render.ci;

import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.placement.Placement;
import io.mdecomp.analysis.propose.AggregateMove;
import io.mdecomp.analysis.propose.Interaction;
import io.mdecomp.analysis.propose.ProposalNote;
import io.mdecomp.analysis.propose.ProposeOptions;
import io.mdecomp.analysis.propose.ProposeOutcome;
import io.mdecomp.analysis.propose.Proposal;
import io.mdecomp.analysis.propose.ServiceCapacity;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Service;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human report of {@code propose}: the settings that produced it, the current and proposed
 * cut's metrics side by side (from a full analysis of each), the proposed services with the capacity
 * they carry over, the moves, the interactions added and the notes.
 */
public final class ProposalReport {

    /** {@code leiden, resolution 1, seed 1}, then the options that were set: services, prefer-events, pins. */
    public static String settings(ProposeOptions options) {
        StringBuilder text = new StringBuilder(options.algorithm().label()).append(", resolution ")
                .append(number(options.resolution())).append(", seed ").append(options.seed());
        options.services().ifPresent(n -> text.append(", services ").append(n));
        if (options.preferEvents()) {
            text.append(", prefer events");
        }
        if (!options.pins().isEmpty()) {
            text.append(", pinned ").append(String.join(", ", options.pins()));
        }
        return text.toString();
    }

    /** Writes the report of {@code outcome}. */
    public void render(ProposeOutcome outcome, Writer out) throws IOException {
        Proposal proposal = outcome.proposal();
        StringBuilder text = new StringBuilder();
        text.append("proposal for ").append(proposal.model().system()).append(": ")
                .append(settings(proposal.options())).append("\n\n");
        text.append(String.format(Locale.ROOT, "%-18s %10s %10s %10s%n", "metric", "current", "proposed", "delta"));
        int services = proposal.model().services().size();
        text.append(String.format(Locale.ROOT, "%-18s %10d %10d %10d%n", "services", outcome.currentServices(),
                services, services - outcome.currentServices()));
        for (MetricDelta metric : outcome.metrics()) {
            text.append(String.format(Locale.ROOT, "%-18s %10s %10s %10s%n", metric.metric(), number(metric.base()),
                    number(metric.head()), (metric.delta() > 0 ? "+" : "") + number(metric.delta())));
        }
        text.append("\nproposed services:\n");
        for (int i = 0; i < services; i++) {
            Service service = proposal.model().services().get(i);
            text.append("  ").append(service.name()).append(": ").append(String.join(", ", service.owns()))
                    .append('\n').append("    ").append(capacity(proposal.capacities().get(i))).append('\n');
        }
        text.append(proposal.moves().isEmpty() ? "\nno moves: the current cut is kept\n" : "\nmoves:\n");
        for (AggregateMove move : proposal.moves()) {
            text.append("  ").append(move.aggregate());
            if (move.entities().size() > 1) {
                text.append(" (").append(String.join(", ", move.entities())).append(')');
            }
            text.append(": ").append(move.from()).append(" -> ").append(move.to()).append('\n');
        }
        if (!proposal.interactions().isEmpty()) {
            text.append("\ninteractions added:\n");
            for (Interaction interaction : proposal.interactions()) {
                text.append("  ").append(interaction.message()).append('\n');
            }
        }
        components(proposal.placements(), text);
        if (!proposal.notes().isEmpty()) {
            text.append("\nnotes:\n");
            for (ProposalNote note : proposal.notes()) {
                text.append("  - ").append(note.message()).append('\n');
            }
        }
        out.write(text.toString());
    }

    /** {@code 2 x 28 workers, queue 172 (55.2 worker slots: 43% of ShopMonolith)}. */
    /** How many components were placed, and each shared one with the reason (nothing without components). */
    private static void components(List<Placement> placements, StringBuilder text) {
        if (placements.isEmpty()) {
            return;
        }
        List<Placement> shared = placements.stream().filter(Placement::isShared).toList();
        text.append("\ncomponents: ").append(placements.size() - shared.size()).append(" placed");
        String separator = " (";
        for (Placement.Reason reason : List.of(Placement.Reason.LINKS, Placement.Reason.PACKAGE)) {
            long count = placements.stream().filter(p -> p.reason() == reason).count();
            if (count > 0) {
                text.append(separator).append(count).append(" by ").append(reason == Placement.Reason.LINKS
                        ? "the classes they link to" : "their package");
                separator = ", ";
            }
        }
        text.append(separator.equals(", ") ? "), " : ", ").append(shared.size()).append(" shared")
                .append(shared.isEmpty() ? "\n" : ":\n");
        for (Placement placement : shared) {
            text.append("  ").append(placement.component()).append(" (").append(placement.kind().yamlName())
                    .append("): ").append(placement.reason() == Placement.Reason.TIE
                            ? "uses " + String.join(" and ", placement.tied()) + " equally"
                            : "uses no entity a service owns, and neither its links nor its package place it")
                    .append('\n');
        }
    }

    private static String capacity(ServiceCapacity capacity) {
        Deployment d = capacity.deployment();
        StringBuilder text = new StringBuilder(d.instances() + (d.instances() == 1 ? " instance" : " instances")
                + " x " + d.workers() + (d.workers() == 1 ? " worker" : " workers") + ", queue " + d.queue());
        if (capacity.shares().isEmpty()) {
            return text.append(" (the default: it takes over no current service's work)").toString();
        }
        text.append(String.format(Locale.ROOT, " (%.1f worker slots carried over: ", capacity.workerSlots()));
        String separator = "";
        for (Map.Entry<String, Double> share : capacity.shares().entrySet()) {
            text.append(separator).append(String.format(Locale.ROOT, "%.0f%% of %s", 100 * share.getValue(),
                    share.getKey()));
            separator = ", ";
        }
        return text.append(')').toString();
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
