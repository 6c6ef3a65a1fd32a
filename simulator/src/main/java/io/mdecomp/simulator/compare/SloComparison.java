package io.mdecomp.simulator.compare;

import io.mdecomp.simulator.scenario.Slo;
import java.util.Objects;

/**
 * One objective on both models: its actual value compared, and whether it holds on each, judged
 * on the mean over the replications.
 */
public record SloComparison(Slo slo, Difference difference, boolean basePassed, boolean headPassed) {

    public SloComparison {
        Objects.requireNonNull(slo, "slo");
        Objects.requireNonNull(difference, "difference");
    }

    /** True when the objective holds on the base model and fails on the head model. */
    public boolean regressed() {
        return basePassed && !headPassed;
    }
}
