package io.mdecomp.simulator.tune;

import io.mdecomp.simulator.scenario.DeploymentOverlay;
import io.mdecomp.simulator.scenario.DeploymentOverride;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link CapacityTuner} found.
 *
 * @param model       the model's system name
 * @param scenarios   the scenarios every candidate had to pass
 * @param options     how it searched
 * @param feasible    true when the answer meets every objective; false when even the largest
 *                    deployment it could try misses some (the answer is then that deployment)
 * @param reason      why the search ended, in words
 * @param services    the answer per service
 * @param answer      the evaluation of the answer
 * @param evaluations every candidate tried, in order
 * @param runs        simulations run in all
 */
public record CapacityReport(String model, List<String> scenarios, CapacityOptions options, boolean feasible,
                             String reason, List<ServiceCapacity> services, Evaluation answer,
                             List<Evaluation> evaluations, long runs) {

    public CapacityReport {
        Objects.requireNonNull(model, "model");
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(reason, "reason");
        services = List.copyOf(services);
        Objects.requireNonNull(answer, "answer");
        evaluations = List.copyOf(evaluations);
    }

    /** All instances of the answer. */
    public int totalInstances() {
        return services.stream().mapToInt(ServiceCapacity::instances).sum();
    }

    /**
     * The answer as a deployment overlay: every service's instances, and its workers per instance
     * when the search also looked for those; what {@code simulate scenarios --deployment} lays over
     * every scenario.
     */
    public DeploymentOverlay overlay() {
        SortedMap<String, DeploymentOverride> overrides = new TreeMap<>();
        for (ServiceCapacity service : services) {
            overrides.put(service.service(), new DeploymentOverride(OptionalInt.of(service.instances()),
                    options.workers() ? OptionalInt.of(service.workers()) : OptionalInt.empty(), OptionalInt.empty()));
        }
        return new DeploymentOverlay(overrides);
    }

    /** All instances of the model's (and scenarios') deployment as it was. */
    public int modelInstances() {
        return services.stream().mapToInt(ServiceCapacity::modelInstances).sum();
    }

    /**
     * One service in the answer: the model's deployment, the answer's, what the runs measured at
     * the answer, and the objectives that one instance (or worker) fewer would miss: the binding
     * objectives; empty when the service is at one.
     */
    public record ServiceCapacity(String service, int modelInstances, int modelWorkers, int instances, int workers,
                                  Evaluation.Load load, List<String> missedWithOneInstanceFewer,
                                  List<String> missedWithOneWorkerFewer) {
        public ServiceCapacity {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(load, "load");
            missedWithOneInstanceFewer = List.copyOf(missedWithOneInstanceFewer);
            missedWithOneWorkerFewer = List.copyOf(missedWithOneWorkerFewer);
        }
    }
}
