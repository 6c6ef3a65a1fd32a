package io.mdecomp.cli.render;

import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.plan.Effect;
import io.mdecomp.analysis.plan.FindingChanges;
import io.mdecomp.analysis.plan.Plan;
import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.plan.ProposalComparison;
import io.mdecomp.analysis.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plan in words, shared by the text, Markdown and HTML reports: what each step resolves and
 * introduces, the metrics it moves and the services it touches, why the plan ends, and how it
 * compares with the proposal. Numbers show two decimals; a metric is listed only when it changes
 * at that precision.
 */
public final class PlanText {

    /** The metrics a step's line names when they change, in this order. */
    private static final Set<String> SHOWN = Set.of("modularity", "mq", "icp", "siy", "cycles", "longestSyncChain");
    /** How many differences or findings the text formats list. */
    static final int LISTED = 10;
    private static final Set<String> INTEGRAL = Set.of("siy", "cycles", "longestSyncChain", "complexityIndex");

    private PlanText() {
    }

    /** {@code MD006 OrderService}. */
    public static String finding(Finding finding) {
        return finding.rule().name() + " " + String.join(", ", finding.subjects());
    }

    /** The findings, {@code ; }-separated, or {@code nothing}. */
    public static String findings(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        findings.forEach(f -> parts.add(finding(f)));
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }

    /** Findings still there with other details: {@code MD011 OrderService, A, B now MD011 OrderService, A}. */
    public static String changed(List<FindingChanges.Changed> changed) {
        List<String> parts = new ArrayList<>();
        for (FindingChanges.Changed change : changed) {
            parts.add(finding(change.before()) + " now " + String.join(", ", change.after().subjects())
                    + (change.after().severity() != change.before().severity()
                            ? " (" + change.after().severity().label() + ")" : ""));
        }
        return String.join("; ", parts);
    }

    /** The system metrics the step changes: {@code modularity 0.09 -> 0.12, cycles 4 -> 3}. */
    public static String metrics(List<MetricDelta> deltas) {
        List<String> parts = new ArrayList<>();
        for (MetricDelta delta : deltas) {
            boolean integral = INTEGRAL.contains(delta.metric());
            String before = integral ? Long.toString(Math.round(delta.base())) : number(delta.base());
            String after = integral ? Long.toString(Math.round(delta.head())) : number(delta.head());
            if (SHOWN.contains(delta.metric()) && !before.equals(after)) {
                parts.add(delta.metric() + " " + before + " -> " + after);
            }
        }
        return parts.isEmpty() ? "no system metric changes" : String.join(", ", parts);
    }

    /** The services a step touches: granularity, cohesion and coupling before and after. */
    public static String services(List<Effect.ServiceChange> changes) {
        List<String> parts = new ArrayList<>();
        for (Effect.ServiceChange change : changes) {
            if (change.after().isEmpty()) {
                parts.add(change.service() + " goes away");
            } else if (change.before().isEmpty()) {
                ServiceMetrics after = change.after().get();
                parts.add(change.service() + " (new): granularity " + number(after.granularity()) + ", cohesion "
                        + number(after.cohesion()) + ", coupling " + number(after.coupling()));
            } else {
                ServiceMetrics before = change.before().get();
                ServiceMetrics after = change.after().get();
                parts.add(change.service() + ": granularity " + arrow(before.granularity(), after.granularity())
                        + ", cohesion " + arrow(before.cohesion(), after.cohesion()) + ", coupling "
                        + arrow(before.coupling(), after.coupling()));
            }
        }
        return String.join("; ", parts);
    }

    /** The lines that describe a step under its change: resolves, introduces, changes, metrics, services. */
    public static List<String> effect(PlanStep step) {
        Effect effect = step.effect();
        List<String> lines = new ArrayList<>();
        lines.add("resolves: " + findings(effect.resolved()));
        if (!effect.changed().isEmpty()) {
            lines.add("changes: " + changed(effect.changed()));
        }
        lines.add("introduces: " + findings(effect.introduced()));
        lines.add("metrics: " + metrics(effect.system()));
        if (!effect.services().isEmpty()) {
            lines.add("services: " + services(effect.services()));
        }
        return lines;
    }

    /** One line: how many steps, and what they do to the findings and modularity. */
    public static String summary(Plan plan) {
        if (plan.steps().isEmpty()) {
            return "no steps. " + capital(plan.stopped()) + ".";
        }
        return plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps") + "; modularity "
                + arrow(plan.before().modularity(), plan.after().modularity()) + ", cycles "
                + plan.before().cycles().size() + " -> " + plan.after().cycles().size() + ". " + capital(plan.stopped())
                + ".";
    }

    /** The comparison with the proposal, one line. */
    public static String comparison(ProposalComparison c) {
        return "proposal (" + c.algorithm() + ", " + Words.count(c.proposedServices(), "service") + "): modularity "
                + number(c.currentModularity()) + " now, " + number(c.planModularity()) + " after the plan, "
                + number(c.proposalModularity()) + " for the proposal; agreement of the two cuts MoJoFM "
                + String.format(Locale.ROOT, "%.1f", c.mojoFm()) + ", adjusted Rand " + number(c.adjustedRand());
    }

    /** One line per difference: the proposal's service, where the plan puts its aggregates, and why. */
    public static String difference(ProposalComparison.Difference d) {
        return "the proposal's " + d.proposalService() + " (" + String.join(", ", d.aggregates()) + ") is "
                + String.join(" + ", d.plan()) + " in the plan: " + d.why();
    }

    /** The first {@value #LISTED} items: the text formats list no more (JSON has them all). */
    public static <T> List<T> first(List<T> items) {
        return items.subList(0, Math.min(LISTED, items.size()));
    }

    /** "... and 12 more differences (see --format json)" when {@code count} exceeds what {@link #first} lists. */
    public static java.util.Optional<String> more(int count, String noun) {
        return count <= LISTED ? java.util.Optional.empty() : java.util.Optional.of("... and " + (count - LISTED)
                + " more " + noun + "s (see --format json)");
    }

    private static String arrow(double before, double after) {
        return number(before).equals(number(after)) ? number(after) : number(before) + " -> " + number(after);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "-";
    }
}
