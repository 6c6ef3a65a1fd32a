package io.mdecomp.model.distribution;

import io.mdecomp.model.quantity.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** Memoryless: {@code {dist: exponential, mean: 5ms}}, also what a bare duration means. */
public record Exponential(Duration mean) implements Distribution {

    public Exponential {
        Objects.requireNonNull(mean, "mean");
    }

    @Override
    public String kind() {
        return "exponential";
    }

    @Override
    public double meanSeconds() {
        return mean.seconds();
    }

    @Override
    public double variance() {
        return mean.seconds() * mean.seconds();
    }

    @Override
    public double sample(RandomGenerator random) {
        return -mean.seconds() * Math.log(1.0 - random.nextDouble());
    }

    @Override
    public Distribution scaled(double factor) {
        return new Exponential(mean.times(factor));
    }
}
