package io.mdecomp.simulator.result;

import java.util.List;
import java.util.Objects;

/**
 * One saga, counted over the sagas that started after the warm-up: started, completed,
 * compensated (a step failed and every compensation needed succeeded), compensation-failed (a
 * step failed and at least one compensation failed), compensation calls made and failed, and
 * per step how many sagas failed there. started = completed + compensated + compensationFailed
 * + inFlight.
 */
public record SagaResult(String route, long started, long completed, long compensated, long compensationFailed,
                         long inFlight, long compensations, long compensationFailures, List<Step> steps) {

    /** One step: its endpoint, its compensation ("" when none) and the sagas that failed at it. */
    public record Step(String call, String compensate, long failed) {

        public Step {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(compensate, "compensate");
        }
    }

    public SagaResult {
        Objects.requireNonNull(route, "route");
        steps = List.copyOf(steps);
    }
}
