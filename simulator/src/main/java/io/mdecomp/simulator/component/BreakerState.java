package io.mdecomp.simulator.component;

/** The states of a circuit breaker. */
public enum BreakerState {
    CLOSED,
    OPEN,
    HALF_OPEN
}
