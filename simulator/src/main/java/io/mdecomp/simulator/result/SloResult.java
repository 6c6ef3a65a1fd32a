package io.mdecomp.simulator.result;

/** An objective's verdict: {@code actual} against {@code target} (ms for latencies, fractions otherwise). */
public record SloResult(String slo, double actual, double target, boolean passed) {
}
