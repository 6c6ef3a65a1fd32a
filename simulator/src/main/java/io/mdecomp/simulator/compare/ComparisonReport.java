package io.mdecomp.simulator.compare;

import java.util.List;
import java.util.Objects;

/**
 * Every scenario of a file run on a base and a head model.
 *
 * @param baseModel    the base model's system name
 * @param headModel    the head model's system name
 * @param replications paired replications per scenario and model
 * @param level        the confidence level of the intervals
 */
public record ComparisonReport(String baseModel, String headModel, int replications, double level,
                               List<ScenarioComparison> scenarios) {

    public ComparisonReport {
        Objects.requireNonNull(baseModel, "baseModel");
        Objects.requireNonNull(headModel, "headModel");
        scenarios = List.copyOf(scenarios);
    }

    /** True when, in some scenario, an objective that holds on the base model fails on the head model. */
    public boolean regressed() {
        return scenarios.stream().anyMatch(ScenarioComparison::regressed);
    }
}
