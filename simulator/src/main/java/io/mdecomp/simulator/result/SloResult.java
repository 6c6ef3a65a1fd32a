package io.mdecomp.simulator.result;

import io.mdecomp.model.diagnostic.SourceLocation;

/**
 * An objective's verdict: {@code actual} against {@code target} (ms for latencies, fractions
 * otherwise), and where the objective is declared in the scenario file.
 */
public record SloResult(String slo, double actual, double target, boolean passed, SourceLocation location) {
}
