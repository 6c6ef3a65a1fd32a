package io.mdecomp.importer.traces;

import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Empirical;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.distribution.Gamma;
import io.mdecomp.model.distribution.LogNormal;
import io.mdecomp.model.quantity.Duration;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Fits service times: maximum-likelihood exponential (λ = 1/x̄), log-normal (μ, σ of ln x) and
 * gamma (shape by Newton's method on ln k − ψ(k) = ln x̄ − mean(ln x), started at Minka's
 * approximation; scale x̄/k), the last two only for samples without zeros. The fit with the lowest
 * AIC wins, unless the Kolmogorov–Smirnov test rejects it at {@value #REJECT_BELOW} on a sample of
 * at least {@value #MIN_TESTED} values: then the model gets an empirical quantile table of the
 * sample instead. A sample whose values are all equal becomes a constant. Pure and deterministic.
 */
final class DistributionFitter {

    /** Below this p-value the best parametric fit is rejected. */
    static final double REJECT_BELOW = 0.01;
    /** Smaller samples keep the best fit whatever the test says. */
    static final int MIN_TESTED = 50;

    /** Significant digits of the parameters written to the model. */
    static final int DIGITS = 5;

    private static final double[] QUANTILES = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1};

    private DistributionFitter() {
    }

    /**
     * @param sorted  a sample of durations in seconds, ascending, not empty
     * @param count   how many durations it was drawn from
     * @param mean    their exact mean
     */
    static DistributionFit fit(double[] sorted, long count, double mean) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("cannot fit an empty sample");
        }
        if (sorted[0] == sorted[sorted.length - 1]) {
            return new DistributionFit(new Constant(seconds(sorted[0])), count, mean, List.of(),
                    Optional.empty(), false);
        }
        List<FitCandidate> candidates = new ArrayList<>();
        candidates.add(exponential(sorted));
        if (sorted[0] > 0) {
            candidates.add(lognormal(sorted));
            candidates.add(gamma(sorted));
        }
        candidates.sort(Comparator.comparingDouble(FitCandidate::aic));
        FitCandidate best = candidates.get(0);
        boolean rejected = sorted.length >= MIN_TESTED && best.ksPValue() < REJECT_BELOW;
        Distribution chosen = rejected ? empirical(sorted) : best.distribution();
        return new DistributionFit(chosen, count, mean, candidates, Optional.of(best), rejected);
    }

    private static FitCandidate exponential(double[] x) {
        double mean = mean(x);
        double logLikelihood = -x.length * Math.log(mean) - x.length;
        return candidate(new Exponential(seconds(mean)), logLikelihood, 1,
                new ExponentialDistribution((RandomGenerator) null, mean, ExponentialDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY), x);
    }

    private static FitCandidate lognormal(double[] x) {
        int n = x.length;
        double sumLog = 0;
        for (double v : x) {
            sumLog += Math.log(v);
        }
        double mu = sumLog / n;
        double squares = 0;
        for (double v : x) {
            double d = Math.log(v) - mu;
            squares += d * d;
        }
        double sigma = Math.sqrt(squares / n);
        double logLikelihood = -sumLog - n * Math.log(sigma) - n * 0.5 * Math.log(2 * Math.PI) - n * 0.5;
        LogNormal fitted = new LogNormal(seconds(Math.exp(mu)), seconds(Math.exp(mu + LogNormal.Z99 * sigma)));
        return candidate(fitted, logLikelihood, 2, new LogNormalDistribution((RandomGenerator) null, mu, sigma,
                LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY), x);
    }

    private static FitCandidate gamma(double[] x) {
        int n = x.length;
        double mean = mean(x);
        double sumLog = 0;
        for (double v : x) {
            sumLog += Math.log(v);
        }
        double s = Math.log(mean) - sumLog / n;
        double k = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int i = 0; i < 50; i++) {
            double step = (Math.log(k) - org.apache.commons.math3.special.Gamma.digamma(k) - s)
                    / (1 / k - org.apache.commons.math3.special.Gamma.trigamma(k));
            double next = k - step;
            if (!(next > 0)) {
                next = k / 2;
            }
            boolean done = Math.abs(next - k) <= 1e-12 * k;
            k = next;
            if (done) {
                break;
            }
        }
        double scale = mean / k;
        double logLikelihood = (k - 1) * sumLog - n * mean / scale - n * k * Math.log(scale)
                - n * org.apache.commons.math3.special.Gamma.logGamma(k);
        Gamma fitted = new Gamma(seconds(mean), significant(1 / Math.sqrt(k)));
        return candidate(fitted, logLikelihood, 2, new GammaDistribution((RandomGenerator) null, k, scale,
                GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY), x);
    }

    private static FitCandidate candidate(Distribution fitted, double logLikelihood, int parameters,
                                          RealDistribution reference, double[] x) {
        KolmogorovSmirnovTest test = new KolmogorovSmirnovTest();
        double d = test.kolmogorovSmirnovStatistic(reference, x);
        double p = test.kolmogorovSmirnovTest(reference, x, false);
        return new FitCandidate(fitted, logLikelihood, 2.0 * parameters - 2 * logLikelihood, d, p);
    }

    /** The sample's quantile table at 0, 0.1, ..., 0.9, 0.95, then 0.99 and 0.999 when the sample is large enough, and 1. */
    static Empirical empirical(double[] sorted) {
        int n = sorted.length;
        List<Empirical.Point> points = new ArrayList<>();
        for (double q : QUANTILES) {
            if ((q == 0.99 && n < 100) || (q == 0.999 && n < 1000)) {
                continue;
            }
            points.add(new Empirical.Point(q, seconds(quantile(sorted, q))));
        }
        return new Empirical(points);
    }

    /** The sample quantile with linear interpolation between order statistics (Hyndman and Fan's type 7). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * A duration rounded to {@value #DIGITS} significant digits: what the model is written with, so
     * it reads {@code 18.333ms} rather than {@code 0.018333333333333333s}; the rounding changes a
     * value by less than 5 in 10⁵ of itself.
     */
    static Duration seconds(double value) {
        return Duration.ofSeconds(significant(value));
    }

    static double significant(double value) {
        return value == 0 ? 0 : new BigDecimal(value).round(new MathContext(DIGITS)).doubleValue();
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /**
     * One-way network latency from round trips (client span minus server span: two legs). One leg
     * has half the round trip's mean and half its variance; that pins a gamma and a log-normal
     * distribution. Each is convolved with itself by Monte Carlo (a seeded sample of
     * {@value #CONVOLUTION_DRAWS} sums) and compared with the observed round trips by the
     * Kolmogorov–Smirnov distance; the closer one wins. A constant when every round trip is the same.
     *
     * @param sorted the round trips in seconds, ascending
     */
    static Distribution oneWay(double[] sorted) {
        double mean = mean(sorted);
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double variance = sorted.length > 1 ? squares / (sorted.length - 1) : 0;
        double legMean = mean / 2;
        double legVariance = variance / 2;
        if (legVariance <= 0 || legMean <= 0) {
            return new Constant(seconds(legMean));
        }
        double cv = significant(Math.sqrt(legVariance) / legMean);
        Distribution gamma = new Gamma(seconds(legMean), cv);
        LogNormal exact = LogNormal.ofMeanCv(Duration.ofSeconds(legMean), cv);
        Distribution lognormal = new LogNormal(seconds(exact.median().seconds()), seconds(exact.p99().seconds()));
        return distanceOfSums(lognormal, sorted) < distanceOfSums(gamma, sorted) ? lognormal : gamma;
    }

    /** Draws for the Monte Carlo convolution of a leg with itself. */
    static final int CONVOLUTION_DRAWS = 20_000;

    /** The Kolmogorov–Smirnov distance between sums of two draws of {@code leg} and the sorted sample. */
    private static double distanceOfSums(Distribution leg, double[] sorted) {
        SplittableRandom random = new SplittableRandom(0x6c6567L);
        double[] sums = new double[CONVOLUTION_DRAWS];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = leg.sample(random) + leg.sample(random);
        }
        Arrays.sort(sums);
        int i = 0;
        int j = 0;
        double distance = 0;
        while (i < sums.length && j < sorted.length) {
            double x = Math.min(sums[i], sorted[j]);
            while (i < sums.length && sums[i] <= x) {
                i++;
            }
            while (j < sorted.length && sorted[j] <= x) {
                j++;
            }
            distance = Math.max(distance, Math.abs((double) i / sums.length - (double) j / sorted.length));
        }
        return distance;
    }
}
