package io.mdecomp.model.distribution;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.QuantityFormatException;
import java.util.random.RandomGenerator;

/**
 * Gamma with the given mean and coefficient of variation: shape k = 1/cv², scale θ = mean/k.
 * Sampled with Marsaglia and Tsang's method (ACM TOMS 26(3), 2000), boosted for k &lt; 1.
 */
public record Gamma(Duration mean, double cv) implements Distribution {

    public Gamma {
        if (mean.seconds() <= 0 || !(cv > 0) || !Double.isFinite(cv)) {
            throw new QuantityFormatException("gamma needs mean > 0 and cv > 0, got mean " + mean + " and cv " + cv);
        }
    }

    public double shape() {
        return 1.0 / (cv * cv);
    }

    public double scale() {
        return mean.seconds() / shape();
    }

    @Override
    public String kind() {
        return "gamma";
    }

    @Override
    public double meanSeconds() {
        return mean.seconds();
    }

    @Override
    public double variance() {
        double m = mean.seconds();
        return cv * cv * m * m;
    }

    @Override
    public double sample(RandomGenerator random) {
        return sampleStandard(shape(), random) * scale();
    }

    /** One draw of Gamma(shape, 1). */
    static double sampleStandard(double shape, RandomGenerator random) {
        if (shape < 1) {
            double u = random.nextDouble();
            return sampleStandard(shape + 1, random) * Math.pow(u, 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    @Override
    public Distribution scaled(double factor) {
        return new Gamma(mean.times(factor), cv);
    }
}
