package io.mdecomp.importer.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Empirical;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.distribution.Gamma;
import io.mdecomp.model.distribution.LogNormal;
import io.mdecomp.model.quantity.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionFitterTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8);
    }

    private static double[] sample(Distribution distribution, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = distribution.sample(random);
        }
        Arrays.sort(values);
        return values;
    }

    private static DistributionFit fit(double[] sorted) {
        return DistributionFitter.fit(sorted, sorted.length, Arrays.stream(sorted).average().orElseThrow());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void recognisesLogNormalServiceTimes(long seed) {
        LogNormal truth = new LogNormal(Duration.ofMillis(4), Duration.ofMillis(30));
        DistributionFit fit = fit(sample(truth, 3000, seed));
        assertThat(fit.empirical()).as("seed %d: %s", seed, fit.summary()).isFalse();
        assertThat(fit.distribution()).isInstanceOf(LogNormal.class);
        LogNormal fitted = (LogNormal) fit.distribution();
        assertThat(fitted.median().seconds()).isCloseTo(0.004, within(0.004 * 0.05));
        assertThat(fitted.p99().seconds()).isCloseTo(0.030, within(0.030 * 0.08));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void recognisesGammaServiceTimes(long seed) {
        Gamma truth = new Gamma(Duration.ofMillis(10), 0.4);
        DistributionFit fit = fit(sample(truth, 3000, seed));
        assertThat(fit.distribution()).as("seed %d: %s", seed, fit.summary()).isInstanceOf(Gamma.class);
        Gamma fitted = (Gamma) fit.distribution();
        assertThat(fitted.mean().seconds()).isCloseTo(0.010, within(0.010 * 0.03));
        assertThat(fitted.cv()).isCloseTo(0.4, within(0.02));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keepsTheMeanOfExponentialServiceTimes(long seed) {
        DistributionFit fit = fit(sample(new Exponential(Duration.ofMillis(5)), 3000, seed));
        assertThat(fit.empirical()).isFalse();
        assertThat(fit.distribution().kind()).as("seed %d: %s", seed, fit.summary()).isIn("exponential", "gamma");
        assertThat(fit.distribution().meanSeconds()).isCloseTo(0.005, within(0.005 * 0.06));
        assertThat(Math.sqrt(fit.distribution().scv())).isCloseTo(1, within(0.05));
    }

    @Test
    void fallsBackToAnEmpiricalTableWhenEveryFitIsRejected() {
        double[] values = sample(new io.mdecomp.model.distribution.Uniform(Duration.ofMillis(1), Duration.ofMillis(2)),
                5000, 3);
        DistributionFit fit = fit(values);
        assertThat(fit.empirical()).isTrue();
        assertThat(fit.best().orElseThrow().ksPValue()).isLessThan(DistributionFitter.REJECT_BELOW);
        Empirical table = (Empirical) fit.distribution();
        assertThat(table.points()).extracting(Empirical.Point::quantile)
                .containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0);
        assertThat(table.quantile(0.5)).isCloseTo(0.0015, within(0.00003));
        assertThat(table.meanSeconds()).isCloseTo(0.0015, within(0.00003));
        assertThat(fit.summary()).startsWith("empirical (best fit ").contains("rejected: KS D=");
    }

    @Test
    void keepsTheBestFitOfSmallSamplesWhateverTheTestSays() {
        double[] values = {0.001, 0.0011, 0.0012, 0.0013, 0.0014, 0.0015, 0.0016, 0.0017, 0.0018, 0.0019};
        DistributionFit fit = fit(values);
        assertThat(fit.empirical()).isFalse();
        assertThat(fit.candidates()).hasSize(3);
        assertThat(fit.candidates()).isSortedAccordingTo(java.util.Comparator.comparingDouble(FitCandidate::aic));
    }

    @Test
    void makesEqualSamplesAConstantAndLeavesLogFitsOutWhenThereAreZeros() {
        assertThat(fit(new double[] {0.002, 0.002, 0.002}).distribution()).isEqualTo(new Constant(Duration.ofMillis(2)));
        DistributionFit withZero = fit(new double[] {0, 0.001, 0.003, 0.004});
        assertThat(withZero.candidates()).extracting(FitCandidate::family).containsExactly("exponential");
    }

    @Test
    void writesParametersWithFiveSignificantDigits() {
        assertThat(DistributionFitter.significant(0.018333333333333333)).isEqualTo(0.018333);
        assertThat(DistributionFitter.seconds(1.0 / 3).seconds()).isEqualTo(0.33333);
    }

    @Test
    void halvesRoundTripsIntoOneWayLatencyWithHalfTheMeanAndHalfTheVariance() {
        double[] roundTrips = {0.001, 0.002, 0.003, 0.004};
        Distribution oneWay = DistributionFitter.oneWay(roundTrips);
        assertThat(oneWay).isInstanceOfAny(Gamma.class, LogNormal.class);
        assertThat(oneWay.meanSeconds()).isCloseTo(0.00125, within(1e-9));
        double variance = (Math.pow(0.0015, 2) + Math.pow(0.0005, 2)) * 2 / 3;
        assertThat(oneWay.variance()).isCloseTo(variance / 2, within(variance * 2e-3));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void picksTheLegFamilyWhoseSumsMatchTheRoundTrips(long seed) {
        LogNormal lognormalLeg = new LogNormal(Duration.ofMillis(0.5), Duration.ofMillis(3));
        Gamma gammaLeg = new Gamma(Duration.ofMillis(1), 0.5);
        assertThat(DistributionFitter.oneWay(roundTrips(lognormalLeg, seed))).isInstanceOf(LogNormal.class);
        assertThat(DistributionFitter.oneWay(roundTrips(gammaLeg, seed))).isInstanceOf(Gamma.class);
    }

    private static double[] roundTrips(Distribution leg, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[4000];
        for (int i = 0; i < values.length; i++) {
            values[i] = leg.sample(random) + leg.sample(random);
        }
        Arrays.sort(values);
        return values;
    }
}
