package io.mdecomp.simulator.tune;

import io.mdecomp.simulator.sweep.PointOutcome;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ResilienceTuning} recommends for one scenario: the best point of its sweep, the
 * points of its Pareto front (best first), and the scenario's {@code resilience:} block at the
 * best point, as YAML to paste into the scenario.
 *
 * @param scenario    the scenario's name
 * @param settings    the best point's swept paths and values, {@code path = value}
 * @param best        the best point
 * @param pareto      the points of the Pareto front, in rank order
 * @param yaml        the {@code resilience:} block at the best point, ending with a line break
 */
public record ResilienceRecommendation(String scenario, List<String> settings, PointOutcome best,
                                       List<PointOutcome> pareto, String yaml) {

    public ResilienceRecommendation {
        Objects.requireNonNull(scenario, "scenario");
        settings = List.copyOf(settings);
        Objects.requireNonNull(best, "best");
        pareto = List.copyOf(pareto);
        Objects.requireNonNull(yaml, "yaml");
    }
}
