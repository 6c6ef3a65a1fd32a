package io.mdecomp.simulator.result;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.stats.Unit;
import java.util.Objects;

/**
 * An objective's verdict: the objective (its route, metric, target and where it is declared) and
 * the actual value, in the metric's unit (milliseconds for latencies, fractions otherwise).
 */
public record SloResult(Slo slo, double actual, boolean passed) {

    public SloResult {
        Objects.requireNonNull(slo, "slo");
    }

    /** {@code POST /orders p99 <= 800ms}. */
    public String describe() {
        return slo.describe();
    }

    public double target() {
        return slo.target();
    }

    public Unit unit() {
        return slo.metric().unit();
    }

    public SourceLocation location() {
        return slo.location();
    }
}
