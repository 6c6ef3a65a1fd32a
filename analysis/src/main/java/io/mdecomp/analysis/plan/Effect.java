package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.rules.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plan step does, computed by applying it to the model and analysing the result, never
 * estimated.
 *
 * @param resolved   findings before the step that are gone after it, in {@link Finding#ORDER}
 * @param introduced findings after the step that were not there before it
 * @param changed    findings still there with other details (a service spanning fewer contexts)
 * @param system     every system metric before and after the step, in the order of the JSON contract
 * @param services   the services the step touches, before and after (one side empty for a service it
 *                   removes or creates), sorted by name
 */
public record Effect(List<Finding> resolved, List<Finding> introduced, List<FindingChanges.Changed> changed,
                     List<MetricDelta> system, List<ServiceChange> services) {

    public Effect {
        resolved = List.copyOf(resolved);
        introduced = List.copyOf(introduced);
        changed = List.copyOf(changed);
        system = List.copyOf(system);
        services = List.copyOf(services);
    }

    static Effect of(FindingChanges findings, List<MetricDelta> system, List<ServiceChange> services) {
        return new Effect(findings.resolved(), findings.introduced(), findings.changed(), system, services);
    }

    /** A service touched by a step: its metrics before and after. */
    public record ServiceChange(String service, Optional<ServiceMetrics> before, Optional<ServiceMetrics> after) {
        public ServiceChange {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }
}
