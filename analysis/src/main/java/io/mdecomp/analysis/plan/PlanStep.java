package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.recommend.Recommendation;
import java.util.List;
import java.util.Objects;

/**
 * One step of a plan: the change and what applying it did.
 *
 * @param number 1-based position in the plan
 * @param change the split, merge or move
 * @param effect the findings it resolves and introduces and the metrics before and after it
 * @param moved  the entities whose service the step changes, in model order
 */
public record PlanStep(int number, Recommendation change, Effect effect, List<String> moved) {

    public PlanStep {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(effect, "effect");
        moved = List.copyOf(moved);
    }
}
