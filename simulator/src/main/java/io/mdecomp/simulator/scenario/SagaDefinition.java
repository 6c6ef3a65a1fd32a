package io.mdecomp.simulator.scenario;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.simulator.component.EndpointRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated saga of a scenario: the route it serves and its steps in order.
 *
 * @param route    the gateway route ({@code POST /orders}) whose requests run the saga
 * @param steps    at least one step
 * @param location where the saga is declared
 */
public record SagaDefinition(String route, List<Step> steps, SourceLocation location) {

    /** One step: the endpoint it calls and the endpoint that undoes it, both on the same service. */
    public record Step(EndpointRef call, Optional<EndpointRef> compensate) {

        public Step {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(compensate, "compensate");
            if (compensate.isPresent() && !compensate.get().service().equals(call.service())) {
                throw new IllegalArgumentException("compensation " + compensate.get() + " is not on "
                        + call.service());
            }
        }

        /** The service of the step. */
        public String service() {
            return call.service();
        }
    }

    public SagaDefinition {
        Objects.requireNonNull(route, "route");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a saga needs at least one step");
        }
        Objects.requireNonNull(location, "location");
    }
}
