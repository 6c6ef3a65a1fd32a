package io.mdecomp.simulator.result;

import java.util.List;

/** The transitions of the breaker on calls from {@code caller} to {@code callee}, in time order. */
public record BreakerResult(String caller, String callee, List<Transition> transitions) {

    public BreakerResult {
        transitions = List.copyOf(transitions);
    }

    /** At {@code atSeconds} the breaker entered {@code to} ({@code OPEN}, {@code HALF_OPEN}, {@code CLOSED}). */
    public record Transition(double atSeconds, String to) {
    }
}
