package io.mdecomp.analysis.evaluate;

import java.util.Objects;
import java.util.Optional;

/**
 * A scored component an assignment gets wrong, judged by the best matching over all components.
 *
 * @param component the component
 * @param truth     its true service
 * @param placed    the service the assignment puts it in; empty when it is left unplaced (missing,
 *                  or labelled shared or unused)
 * @param matchedTo the true service {@code placed} is matched to; empty when that service was
 *                  matched to none
 */
public record Misplacement(ComponentKey component, String truth, Optional<String> placed,
                           Optional<String> matchedTo) {

    public Misplacement {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(placed, "placed");
        Objects.requireNonNull(matchedTo, "matchedTo");
    }
}
