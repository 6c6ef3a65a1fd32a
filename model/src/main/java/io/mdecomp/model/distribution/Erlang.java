package io.mdecomp.model.distribution;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.QuantityFormatException;
import java.util.random.RandomGenerator;

/** The sum of k exponential phases with total mean {@code mean}: {@code {dist: erlang, k: 3, mean: 6ms}}. */
public record Erlang(int k, Duration mean) implements Distribution {

    public Erlang {
        if (k < 1) {
            throw new QuantityFormatException("erlang needs k >= 1, got " + k);
        }
    }

    @Override
    public String kind() {
        return "erlang";
    }

    @Override
    public double meanSeconds() {
        return mean.seconds();
    }

    @Override
    public double variance() {
        double m = mean.seconds();
        return m * m / k;
    }

    /**
     * The most phases sampled as a product of k uniforms; above it, as Gamma(k, mean/k), the same
     * distribution: the product takes O(k) draws (a k of a billion took minutes per sample) and
     * underflows to 0 once k nears 700, which made samples infinite.
     */
    static final int MAX_PHASES_BY_PRODUCT = 64;

    @Override
    public double sample(RandomGenerator random) {
        if (k > MAX_PHASES_BY_PRODUCT) {
            return Gamma.sampleStandard(k, random) * (mean.seconds() / k);
        }
        double product = 1;
        for (int i = 0; i < k; i++) {
            product *= 1.0 - random.nextDouble();
        }
        return -mean.seconds() / k * Math.log(product);
    }

    @Override
    public Distribution scaled(double factor) {
        return new Erlang(k, mean.times(factor));
    }
}
