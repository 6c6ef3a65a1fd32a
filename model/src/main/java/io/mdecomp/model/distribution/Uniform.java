package io.mdecomp.model.distribution;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.QuantityFormatException;
import java.util.random.RandomGenerator;

/** Uniform between two durations: {@code {dist: uniform, min: 1ms, max: 5ms}}. */
public record Uniform(Duration min, Duration max) implements Distribution {

    public Uniform {
        if (min.compareTo(max) > 0) {
            throw new QuantityFormatException("uniform needs min <= max, got min " + min + " and max " + max);
        }
    }

    @Override
    public String kind() {
        return "uniform";
    }

    @Override
    public double meanSeconds() {
        return (min.seconds() + max.seconds()) / 2;
    }

    @Override
    public double variance() {
        double width = max.seconds() - min.seconds();
        return width * width / 12;
    }

    @Override
    public double sample(RandomGenerator random) {
        return min.seconds() + (max.seconds() - min.seconds()) * random.nextDouble();
    }

    @Override
    public Distribution scaled(double factor) {
        return new Uniform(min.times(factor), max.times(factor));
    }
}
