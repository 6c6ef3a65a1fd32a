package io.mdecomp.simulator.result;

import io.mdecomp.simulator.component.BreakerState;
import io.mdecomp.simulator.component.CallKey;
import java.util.List;
import java.util.Objects;

/** The transitions of the breaker on calls {@code call} (caller to callee), in time order. */
public record BreakerResult(CallKey call, List<Transition> transitions) {

    public BreakerResult {
        Objects.requireNonNull(call, "call");
        transitions = List.copyOf(transitions);
    }

    /** At {@code atSeconds} the breaker entered {@code to}. */
    public record Transition(double atSeconds, BreakerState to) {

        public Transition {
            Objects.requireNonNull(to, "to");
        }
    }
}
