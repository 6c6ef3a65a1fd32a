package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.metrics.SystemMetrics;
import java.util.List;
import java.util.Objects;

/**
 * What {@code propose} returns: the proposal and the system metrics of a full analysis of the
 * current and of the proposed model.
 *
 * @param proposal        the proposed cut and model
 * @param currentServices how many services the current model has
 * @param current         the current model's system metrics
 * @param proposed        the proposed model's system metrics
 */
public record ProposeOutcome(Proposal proposal, int currentServices, SystemMetrics current, SystemMetrics proposed) {

    public ProposeOutcome {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(proposed, "proposed");
    }

    /** Every system metric, current (base) against proposed (head). */
    public List<MetricDelta> metrics() {
        return MetricDelta.between(current, proposed);
    }
}
