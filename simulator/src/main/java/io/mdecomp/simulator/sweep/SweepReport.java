package io.mdecomp.simulator.sweep;

import java.util.List;
import java.util.Objects;

/** A whole sweep's results: what every shard shared, and each scenario's points. */
public record SweepReport(SweepHeader header, List<ScenarioOutcome> scenarios) {

    /** The version of the sweep JSON contract. */
    public static final int SCHEMA_VERSION = 1;

    public SweepReport {
        Objects.requireNonNull(header, "header");
        scenarios = List.copyOf(scenarios);
    }

    /** True when every scenario has a point that meets all its objectives. */
    public boolean passed() {
        return scenarios.stream().allMatch(ScenarioOutcome::anyPassed);
    }

    /** Runs in the sweep. */
    public long runs() {
        return header.runs();
    }
}
