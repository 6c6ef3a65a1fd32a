package io.mdecomp.simulator.scenario;

import io.mdecomp.model.Deployment;
import java.util.OptionalInt;

/** A scenario's change to a service's deployment; what it leaves out keeps the model's value. */
public record DeploymentOverride(OptionalInt instances, OptionalInt workers, OptionalInt queue) {

    /** The model's deployment with this override applied. */
    public Deployment applyTo(Deployment base) {
        return new Deployment(instances.orElse(base.instances()), workers.orElse(base.workers()),
                queue.orElse(base.queue()));
    }
}
