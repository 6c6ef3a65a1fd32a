package io.mdecomp.simulator.result;

import java.util.List;
import java.util.Objects;

/** The results of every scenario run against one model. */
public record SimulationReport(int schemaVersion, String model, List<ScenarioResult> scenarios) {

    public static final int SCHEMA_VERSION = 1;

    public SimulationReport {
        Objects.requireNonNull(model, "model");
        scenarios = List.copyOf(scenarios);
    }

    /** True when every scenario's SLOs held. */
    public boolean passed() {
        return scenarios.stream().allMatch(ScenarioResult::passed);
    }
}
