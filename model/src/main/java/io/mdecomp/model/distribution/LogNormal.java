package io.mdecomp.model.distribution;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.QuantityFormatException;
import java.util.random.RandomGenerator;

/**
 * Log-normal, the usual shape of service latencies, given by its median and 99th percentile:
 * {@code {dist: lognormal, median: 4ms, p99: 30ms}}; μ = ln(median), σ = ln(p99/median) / z₀.₉₉
 * with z₀.₉₉ = 2.326348. {@link #ofMeanCv} converts the {@code mean, cv} form.
 */
public record LogNormal(Duration median, Duration p99) implements Distribution {

    /** The 99th percentile of the standard normal distribution. */
    public static final double Z99 = 2.3263478740408408;

    public LogNormal {
        if (median.seconds() <= 0) {
            throw new QuantityFormatException("lognormal needs a median > 0, got " + median);
        }
        if (p99.compareTo(median) < 0) {
            throw new QuantityFormatException("lognormal needs p99 >= median, got median " + median + " and p99 " + p99);
        }
    }

    /** The log-normal with the given mean and coefficient of variation (σ² = ln(1 + cv²)). */
    public static LogNormal ofMeanCv(Duration mean, double cv) {
        if (mean.seconds() <= 0 || !(cv >= 0) || !Double.isFinite(cv)) {
            throw new QuantityFormatException("lognormal needs mean > 0 and cv >= 0, got mean " + mean + " and cv " + cv);
        }
        double sigma = Math.sqrt(Math.log(1 + cv * cv));
        double mu = Math.log(mean.seconds()) - sigma * sigma / 2;
        return new LogNormal(Duration.ofSeconds(Math.exp(mu)), Duration.ofSeconds(Math.exp(mu + Z99 * sigma)));
    }

    public double mu() {
        return Math.log(median.seconds());
    }

    public double sigma() {
        return Math.log(p99.seconds() / median.seconds()) / Z99;
    }

    @Override
    public String kind() {
        return "lognormal";
    }

    @Override
    public double meanSeconds() {
        double sigma = sigma();
        return Math.exp(mu() + sigma * sigma / 2);
    }

    @Override
    public double variance() {
        double s2 = sigma() * sigma();
        return (Math.exp(s2) - 1) * Math.exp(2 * mu() + s2);
    }

    @Override
    public double sample(RandomGenerator random) {
        return Math.exp(mu() + sigma() * random.nextGaussian());
    }

    /** The same draws as {@link #sample}, without two logarithms each: μ and σ are worked out once. */
    @Override
    public Sampler sampler() {
        double mu = mu();
        double sigma = sigma();
        return random -> Math.exp(mu + sigma * random.nextGaussian());
    }

    @Override
    public Distribution scaled(double factor) {
        return new LogNormal(median.times(factor), p99.times(factor));
    }
}
