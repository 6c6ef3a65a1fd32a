package io.mdecomp.simulator.sweep;

import java.util.List;
import java.util.Objects;

/** One scenario's sweep: its points in point order, and their numbers from best to worst. */
public record ScenarioOutcome(ScenarioSweep sweep, List<PointOutcome> points, List<Integer> ranking) {

    public ScenarioOutcome {
        Objects.requireNonNull(sweep, "sweep");
        points = List.copyOf(points);
        ranking = List.copyOf(ranking);
    }

    /** The best point. */
    public PointOutcome best() {
        return points.get(ranking.get(0));
    }

    /** True when some point meets every objective. */
    public boolean anyPassed() {
        return points.stream().anyMatch(PointOutcome::passed);
    }
}
