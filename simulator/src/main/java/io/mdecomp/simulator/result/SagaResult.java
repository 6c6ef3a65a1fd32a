package io.mdecomp.simulator.result;

import io.mdecomp.simulator.component.EndpointRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One saga, counted over the sagas that started after the warm-up: started, completed,
 * compensated (a step failed and every compensation needed succeeded), compensation-failed (a
 * step failed and at least one compensation failed), in flight at the end (counted on its own,
 * so started = completed + compensated + compensationFailed + inFlight is a check), compensation
 * calls made and failed, and per step how many sagas failed there.
 */
public record SagaResult(String route, long started, long completed, long compensated, long compensationFailed,
                         long inFlight, long compensations, long compensationFailures, List<Step> steps) {

    /** One step: its endpoint, its compensation when it has one, and the sagas that failed at it. */
    public record Step(EndpointRef call, Optional<EndpointRef> compensate, long failed) {

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
