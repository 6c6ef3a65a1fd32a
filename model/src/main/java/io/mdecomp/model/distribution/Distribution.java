package io.mdecomp.model.distribution;

import java.util.random.RandomGenerator;

/**
 * A distribution of durations (service times, latencies, think times), in seconds. Each kind of
 * SPEC §3 is one record; all sample non-negative values.
 */
public sealed interface Distribution
        permits Constant, Exponential, Uniform, LogNormal, Gamma, Erlang, HyperExponential, Normal, Empirical {

    /** The YAML name of this kind: {@code constant}, {@code exponential}, ... */
    String kind();

    /** The mean, in seconds. */
    double meanSeconds();

    /** The variance, in seconds squared. */
    double variance();

    /** One draw, in seconds, never negative. */
    double sample(RandomGenerator random);

    /** A sampler whose draws equal {@link #sample}'s, with what each draw would work out again worked out once. */
    default Sampler sampler() {
        return this::sample;
    }

    /** The squared coefficient of variation, variance / mean². Zero for a zero mean. */
    default double scv() {
        double mean = meanSeconds();
        return mean == 0 ? 0 : variance() / (mean * mean);
    }

    /** The same distribution with every value multiplied by {@code factor} (e.g. a slowed service). */
    Distribution scaled(double factor);
}
