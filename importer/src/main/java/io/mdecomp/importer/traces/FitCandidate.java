package io.mdecomp.importer.traces;

import io.mdecomp.model.distribution.Distribution;
import java.util.Objects;

/**
 * One maximum-likelihood fit of a family to a sample, with its goodness of fit.
 *
 * @param distribution  the fitted distribution
 * @param logLikelihood the sample's log-likelihood under it
 * @param aic           Akaike's information criterion, 2k − 2 ln L (lower is better)
 * @param ksStatistic   the Kolmogorov–Smirnov distance D between the sample and the fit
 * @param ksPValue      the test's p-value; with parameters estimated from the same sample it is
 *                      conservative (Lilliefors), so a small value is strong evidence against the fit
 */
public record FitCandidate(Distribution distribution, double logLikelihood, double aic, double ksStatistic,
                           double ksPValue) {

    public FitCandidate {
        Objects.requireNonNull(distribution, "distribution");
    }

    /** {@code exponential}, {@code lognormal} or {@code gamma}. */
    public String family() {
        return distribution.kind();
    }
}
