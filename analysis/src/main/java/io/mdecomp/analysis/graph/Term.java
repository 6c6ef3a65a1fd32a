package io.mdecomp.analysis.graph;

import java.util.Objects;

/**
 * One criterion's contribution to an entity-graph edge: its score in [−10, 10], the priority it
 * was weighed with, and why it applies. The contribution is {@code priority.factor() × score}.
 */
public record Term(Criterion criterion, double score, Priority priority, String why) {

    public Term {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(why, "why");
        if (!(score >= -10 && score <= 10)) {
            throw new IllegalArgumentException("criterion score must lie in [-10, 10], got " + score);
        }
    }

    /** priority × score. */
    public double weight() {
        return priority.factor() * score;
    }
}
