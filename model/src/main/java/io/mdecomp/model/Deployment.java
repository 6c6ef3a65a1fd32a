package io.mdecomp.model;

/**
 * How a service is deployed: {@code instances} replicas, each with {@code workers} concurrent
 * slots and a waiting room of {@code queue} requests. Each has an upper bound
 * ({@link #MAX_INSTANCES}, {@link #MAX_WORKERS}, {@link #MAX_QUEUE}) that the model's reader checks,
 * so that a model that validates can be simulated.
 */
public record Deployment(int instances, int workers, int queue) {

    /** The most instances of one service (each is simulated apart, with per-caller balancing state). */
    public static final int MAX_INSTANCES = 10_000;

    /** The most workers of one instance (each running request holds one). */
    public static final int MAX_WORKERS = 100_000;

    /** The most requests waiting at one instance. */
    public static final int MAX_QUEUE = 1_000_000;

    /** Why the limits exist, for messages. */
    public static final String LIMIT_REASON = "a limit that keeps simulations within memory";

    /** One instance with 16 workers and a queue of 100: what a model that says nothing gets. */
    public static final Deployment DEFAULT = new Deployment(1, 16, 100);

    public Deployment {
        if (instances < 1 || workers < 1 || queue < 0
                || instances > MAX_INSTANCES || workers > MAX_WORKERS || queue > MAX_QUEUE) {
            throw new IllegalArgumentException("deployment needs instances in [1, " + MAX_INSTANCES
                    + "], workers in [1, " + MAX_WORKERS + "], queue in [0, " + MAX_QUEUE + "], got "
                    + instances + "/" + workers + "/" + queue);
        }
    }
}
