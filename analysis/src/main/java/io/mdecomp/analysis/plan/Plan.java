package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.model.DomainModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A consistent plan of changes to a cut: each step was chosen on the model as the steps before it
 * left it, so no step undoes or contradicts another.
 *
 * @param steps      the steps, in order
 * @param open       findings the plan could act on but leaves, with the reason
 * @param stopped    why the plan ends where it does
 * @param before     the system metrics of the model as it is
 * @param after      the system metrics once every step is applied
 * @param result     the model once every step is applied
 * @param comparison how the plan's cut differs from the proposal's, when one was made
 */
public record Plan(List<PlanStep> steps, List<OpenFinding> open, String stopped, SystemMetrics before,
                   SystemMetrics after, DomainModel result, Optional<ProposalComparison> comparison) {

    public Plan {
        steps = List.copyOf(steps);
        open = List.copyOf(open);
        Objects.requireNonNull(stopped, "stopped");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The changes of the steps, in order. */
    public List<Recommendation> recommendations() {
        return steps.stream().map(PlanStep::change).toList();
    }

    /** This plan with {@code comparison}. */
    public Plan comparedWith(ProposalComparison comparison) {
        return new Plan(steps, open, stopped, before, after, result, Optional.of(comparison));
    }
}
