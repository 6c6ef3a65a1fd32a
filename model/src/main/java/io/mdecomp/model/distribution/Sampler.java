package io.mdecomp.model.distribution;

import java.util.random.RandomGenerator;

/**
 * Draws from one distribution with its parameters worked out once ({@link Distribution#sampler()}),
 * for a simulation that draws millions of values: each draw equals {@link Distribution#sample}'s
 * with the same random stream.
 */
@FunctionalInterface
public interface Sampler {

    /** One draw, in seconds, never negative. */
    double sample(RandomGenerator random);
}
