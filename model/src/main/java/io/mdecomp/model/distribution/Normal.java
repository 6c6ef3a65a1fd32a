package io.mdecomp.model.distribution;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.QuantityFormatException;
import java.util.random.RandomGenerator;

/**
 * A normal distribution truncated at zero (draws below zero are redrawn):
 * {@code {dist: normal, mean: 10ms, sd: 2ms}}. {@link #mean()} and {@link #variance()} are those of
 * the truncated distribution.
 */
public record Normal(Duration mean, Duration sd) implements Distribution {

    public Normal {
        if (mean.seconds() <= 0) {
            throw new QuantityFormatException("normal needs a mean > 0, got " + mean);
        }
    }

    @Override
    public String kind() {
        return "normal";
    }

    private double hazard() {
        double s = sd.seconds();
        if (s == 0) {
            return 0;
        }
        double alpha = -mean.seconds() / s;
        return StandardNormal.density(alpha) / StandardNormal.upperTail(alpha);
    }

    @Override
    public double meanSeconds() {
        return mean.seconds() + sd.seconds() * hazard();
    }

    @Override
    public double variance() {
        double s = sd.seconds();
        if (s == 0) {
            return 0;
        }
        double alpha = -mean.seconds() / s;
        double lambda = hazard();
        return s * s * (1 + alpha * lambda - lambda * lambda);
    }

    @Override
    public double sample(RandomGenerator random) {
        while (true) {
            double value = mean.seconds() + sd.seconds() * random.nextGaussian();
            if (value >= 0) {
                return value;
            }
        }
    }

    @Override
    public Distribution scaled(double factor) {
        return new Normal(mean.times(factor), sd.times(factor));
    }
}
