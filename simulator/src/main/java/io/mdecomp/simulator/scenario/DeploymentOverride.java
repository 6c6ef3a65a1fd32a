package io.mdecomp.simulator.scenario;

import io.mdecomp.model.Deployment;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A scenario's change to a service's deployment; what it leaves out keeps the model's value.
 * {@code speeds} are the instances' speed factors in instance order (an instance at 0.5 takes
 * twice the service time); a list shorter than the instances repeats, so {@code [1, 0.5]} makes
 * every second instance half as fast whatever their number; empty: all at 1.
 */
public record DeploymentOverride(OptionalInt instances, OptionalInt workers, OptionalInt queue, List<Double> speeds) {

    /** The most a speed factor may be, and the reciprocal of the least. */
    public static final double MAX_SPEED = 1000;

    public DeploymentOverride {
        Objects.requireNonNull(instances, "instances");
        Objects.requireNonNull(workers, "workers");
        Objects.requireNonNull(queue, "queue");
        speeds = List.copyOf(speeds);
        for (double speed : speeds) {
            if (!(speed >= 1 / MAX_SPEED && speed <= MAX_SPEED)) {
                throw new IllegalArgumentException("a speed factor must lie in [0.001, 1000], got " + speed);
            }
        }
    }

    /** An override without speed factors. */
    public DeploymentOverride(OptionalInt instances, OptionalInt workers, OptionalInt queue) {
        this(instances, workers, queue, List.of());
    }

    /** The model's deployment with this override applied. */
    public Deployment applyTo(Deployment base) {
        return new Deployment(instances.orElse(base.instances()), workers.orElse(base.workers()),
                queue.orElse(base.queue()));
    }

    /** The speed factor of instance {@code index}: the list's entry, repeating, or 1 without a list. */
    public double speed(int index) {
        return speeds.isEmpty() ? 1 : speeds.get(index % speeds.size());
    }
}
