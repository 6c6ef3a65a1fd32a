package io.mdecomp.simulator.tune;

import io.mdecomp.model.Deployment;

/**
 * How {@link CapacityTuner} searches.
 *
 * @param maxInstances the most instances it gives a service
 * @param maxWorkers   the most workers per instance it gives a service (only with {@code workers})
 * @param replications runs per scenario and candidate, each with its own seed, the same for every candidate
 * @param confidence   one-sided confidence at which every objective must hold, in (0.5, 1)
 * @param workers      also find the fewest workers per instance, once the instances are found
 * @param threads      simulations at once
 */
public record CapacityOptions(int maxInstances, int maxWorkers, int replications, double confidence, boolean workers,
                              int threads) {

    /** The most candidates one search evaluates before it gives up. */
    public static final int MAX_EVALUATIONS = 300;

    public CapacityOptions {
        if (maxInstances < 1 || maxInstances > Deployment.MAX_INSTANCES) {
            throw new IllegalArgumentException("max instances must lie in [1, " + Deployment.MAX_INSTANCES + "], got "
                    + maxInstances);
        }
        if (maxWorkers < 1 || maxWorkers > Deployment.MAX_WORKERS) {
            throw new IllegalArgumentException("max workers must lie in [1, " + Deployment.MAX_WORKERS + "], got "
                    + maxWorkers);
        }
        if (replications < 1 || replications > io.mdecomp.simulator.RunOptions.MAX_REPLICATIONS) {
            throw new IllegalArgumentException("replications must lie in [1, "
                    + io.mdecomp.simulator.RunOptions.MAX_REPLICATIONS + "], got " + replications);
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie in (0.5, 1), got " + confidence);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
