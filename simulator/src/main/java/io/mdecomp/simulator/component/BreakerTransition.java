package io.mdecomp.simulator.component;

/** A breaker entered state {@code to} at simulated time {@code atSeconds}. */
public record BreakerTransition(double atSeconds, BreakerState to) {
}
