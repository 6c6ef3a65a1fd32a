package io.mdecomp.model;

/**
 * How a service is deployed: {@code instances} replicas, each with {@code workers} concurrent
 * slots and a waiting room of {@code queue} requests.
 */
public record Deployment(int instances, int workers, int queue) {

    /** One instance with 16 workers and a queue of 100: what a model that says nothing gets. */
    public static final Deployment DEFAULT = new Deployment(1, 16, 100);

    public Deployment {
        if (instances < 1 || workers < 1 || queue < 0) {
            throw new IllegalArgumentException("deployment needs instances >= 1, workers >= 1, queue >= 0, got "
                    + instances + "/" + workers + "/" + queue);
        }
    }
}
