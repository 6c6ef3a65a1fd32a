package io.mdecomp.model.distribution;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.QuantityFormatException;
import java.util.random.RandomGenerator;

/**
 * A two-phase hyperexponential with balanced means, for service times more variable than
 * exponential: {@code {dist: hyperexponential, mean: 5ms, scv: 4}} (scv ≥ 1).
 * p = (1 + √((scv − 1)/(scv + 1))) / 2, phase means mean/(2p) and mean/(2(1 − p)).
 */
public record HyperExponential(Duration mean, double scv) implements Distribution {

    public HyperExponential {
        if (mean.seconds() <= 0 || !(scv >= 1) || !Double.isFinite(scv)) {
            throw new QuantityFormatException("hyperexponential needs mean > 0 and scv >= 1, got mean " + mean
                    + " and scv " + scv);
        }
    }

    /** The probability of the first (short) phase. */
    public double firstPhaseProbability() {
        return (1 + Math.sqrt((scv - 1) / (scv + 1))) / 2;
    }

    @Override
    public String kind() {
        return "hyperexponential";
    }

    @Override
    public double meanSeconds() {
        return mean.seconds();
    }

    @Override
    public double variance() {
        double m = mean.seconds();
        return scv * m * m;
    }

    @Override
    public double scv() {
        return scv;
    }

    @Override
    public double sample(RandomGenerator random) {
        double p = firstPhaseProbability();
        double phaseMean = random.nextDouble() < p ? mean.seconds() / (2 * p) : mean.seconds() / (2 * (1 - p));
        return -phaseMean * Math.log(1.0 - random.nextDouble());
    }

    @Override
    public Distribution scaled(double factor) {
        return new HyperExponential(mean.times(factor), scv);
    }
}
