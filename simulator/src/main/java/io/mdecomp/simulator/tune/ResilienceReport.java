package io.mdecomp.simulator.tune;

import io.mdecomp.simulator.sweep.SweepReport;
import java.util.List;
import java.util.Objects;

/** A resilience sweep's report and, per scenario, the settings it recommends. */
public record ResilienceReport(SweepReport sweep, List<ResilienceRecommendation> recommendations) {

    public ResilienceReport {
        Objects.requireNonNull(sweep, "sweep");
        recommendations = List.copyOf(recommendations);
    }

    /** True when every scenario's recommended settings meet all its objectives. */
    public boolean passed() {
        return recommendations.stream().allMatch(r -> r.best().passed());
    }
}
