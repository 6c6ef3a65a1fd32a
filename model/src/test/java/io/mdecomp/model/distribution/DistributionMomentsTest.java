package io.mdecomp.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.QuantityFormatException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sample moments agree with the closed forms each distribution states, for many seeds. */
class DistributionMomentsTest {

    private static final int DRAWS = 200_000;

    static List<Distribution> distributions() {
        return List.of(
                new Constant(Duration.ofMillis(5)),
                new Exponential(Duration.ofMillis(5)),
                new Uniform(Duration.ofMillis(1), Duration.ofMillis(9)),
                new LogNormal(Duration.ofMillis(4), Duration.ofMillis(30)),
                LogNormal.ofMeanCv(Duration.ofMillis(10), 0.5),
                new Gamma(Duration.ofMillis(10), 0.5),
                new Gamma(Duration.ofMillis(10), 2.0),
                new Erlang(3, Duration.ofMillis(6)),
                new Erlang(1000, Duration.ofMillis(6)),
                new Erlang(1_000_000_000, Duration.ofMillis(6)),
                new HyperExponential(Duration.ofMillis(5), 4),
                new Normal(Duration.ofMillis(10), Duration.ofMillis(2)),
                new Normal(Duration.ofMillis(2), Duration.ofMillis(3)),
                new Empirical(List.of(new Empirical.Point(0.5, Duration.ofMillis(3)),
                        new Empirical.Point(0.99, Duration.ofMillis(40)),
                        new Empirical.Point(1.0, Duration.ofMillis(120)))));
    }

    static Stream<Arguments> cases() {
        return distributions().stream().flatMap(d -> LongStream.of(1, 7, 42).mapToObj(seed -> Arguments.of(d, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void sampleMeanAndVarianceMatchTheClosedForm(Distribution distribution, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] xs = new double[DRAWS];
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = distribution.sample(random);
            assertThat(x).isGreaterThanOrEqualTo(0);
            xs[i] = x;
            sum += x;
        }
        double mean = sum / DRAWS;
        double m2 = 0;
        double m4 = 0;
        for (double x : xs) {
            double d = (x - mean) * (x - mean);
            m2 += d;
            m4 += d * d;
        }
        double variance = m2 / DRAWS;
        double fourth = m4 / DRAWS;
        double sd = Math.sqrt(distribution.variance());
        // Each within 5 standard errors: of the mean, sd / sqrt(n); of the variance,
        // sqrt((mu4 - sigma^4) / n) with the fourth central moment estimated from the sample.
        double varianceError = Math.sqrt(Math.max(0, fourth - variance * variance) / DRAWS);
        assertThat(mean).isCloseTo(distribution.meanSeconds(), within(5 * sd / Math.sqrt(DRAWS) + 1e-12));
        assertThat(variance).isCloseTo(distribution.variance(), within(5 * varianceError + 1e-12));
    }

    @Test
    void lognormalFromMedianAndP99HasTheStatedQuantiles() {
        LogNormal lognormal = new LogNormal(Duration.ofMillis(4), Duration.ofMillis(30));
        assertThat(lognormal.mu()).isCloseTo(Math.log(0.004), within(1e-12));
        assertThat(Math.exp(lognormal.mu() + LogNormal.Z99 * lognormal.sigma())).isCloseTo(0.030, within(1e-12));
    }

    @Test
    void hyperexponentialKeepsItsMeanAndScv() {
        HyperExponential h = new HyperExponential(Duration.ofMillis(5), 4);
        double p = h.firstPhaseProbability();
        double m1 = 0.005 / (2 * p);
        double m2 = 0.005 / (2 * (1 - p));
        assertThat(p * m1 + (1 - p) * m2).isCloseTo(0.005, within(1e-15));
        double secondMoment = 2 * (p * m1 * m1 + (1 - p) * m2 * m2);
        assertThat(secondMoment / (0.005 * 0.005) - 1).isCloseTo(4, within(1e-9));
    }

    @Test
    void empiricalInterpolatesLinearlyBetweenPoints() {
        Empirical e = new Empirical(List.of(new Empirical.Point(0.5, Duration.ofMillis(3)),
                new Empirical.Point(1.0, Duration.ofMillis(13))));
        assertThat(e.quantile(0.25)).isCloseTo(0.0015, within(1e-12));
        assertThat(e.quantile(0.75)).isCloseTo(0.008, within(1e-12));
        assertThat(e.meanSeconds()).isCloseTo(0.5 * 0.0015 + 0.5 * 0.008, within(1e-12));
    }

    @Test
    void refusesInconsistentParameters() {
        assertThatThrownBy(() -> new Uniform(Duration.ofMillis(9), Duration.ofMillis(1)))
                .isInstanceOf(QuantityFormatException.class);
        assertThatThrownBy(() -> new LogNormal(Duration.ofMillis(30), Duration.ofMillis(4)))
                .hasMessageContaining("p99 >= median");
        assertThatThrownBy(() -> new HyperExponential(Duration.ofMillis(5), 0.5)).hasMessageContaining("scv >= 1");
        assertThatThrownBy(() -> new Empirical(List.of(new Empirical.Point(0.5, Duration.ofMillis(3)))))
                .hasMessageContaining("quantile 1.0");
        assertThatThrownBy(() -> new Erlang(0, Duration.ofMillis(3))).hasMessageContaining("k >= 1");
    }

    @Test
    void scalingMultipliesTheMean() {
        for (Distribution d : distributions()) {
            assertThat(d.scaled(10).meanSeconds()).as(d.kind()).isCloseTo(10 * d.meanSeconds(), within(1e-9));
        }
    }
}
