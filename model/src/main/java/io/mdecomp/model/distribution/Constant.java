package io.mdecomp.model.distribution;

import io.mdecomp.model.quantity.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** Always the same value: {@code {dist: constant, value: 5ms}}. */
public record Constant(Duration value) implements Distribution {

    public Constant {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String kind() {
        return "constant";
    }

    @Override
    public double meanSeconds() {
        return value.seconds();
    }

    @Override
    public double variance() {
        return 0;
    }

    @Override
    public double sample(RandomGenerator random) {
        return value.seconds();
    }

    @Override
    public Distribution scaled(double factor) {
        return new Constant(value.times(factor));
    }
}
