package io.mdecomp.importer.traces;

import io.mdecomp.model.distribution.Distribution;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The distribution chosen for a sample of durations and why.
 *
 * @param distribution the distribution the model gets
 * @param samples      how many durations were observed (the fit uses a uniform sample of at most
 *                     {@value TraceStatistics#SAMPLES} of them)
 * @param meanSeconds  the exact mean of all observed durations
 * @param candidates   the parametric fits tried, best (lowest AIC) first; empty for a constant
 * @param best         the best candidate, when any was tried
 * @param empirical    true when the best candidate failed the Kolmogorov–Smirnov test at the
 *                     {@value DistributionFitter#REJECT_BELOW} level and a quantile table was used
 */
public record DistributionFit(Distribution distribution, long samples, double meanSeconds,
                              List<FitCandidate> candidates, Optional<FitCandidate> best, boolean empirical) {

    public DistributionFit {
        Objects.requireNonNull(distribution, "distribution");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(best, "best");
    }

    /** One line for reports: {@code lognormal (KS D=0.012, p=0.61, n=5000)}. */
    public String summary() {
        if (best.isEmpty()) {
            return distribution.kind() + (samples == 1 ? " (1 sample)" : " (all " + samples + " samples equal)");
        }
        FitCandidate fit = best.get();
        String test = String.format(java.util.Locale.ROOT, "KS D=%.4f, p=%.3g, n=%d", fit.ksStatistic(),
                fit.ksPValue(), samples);
        return empirical ? "empirical (best fit " + fit.family() + " rejected: " + test + ")"
                : fit.family() + " (" + test + ")";
    }
}
