package io.mdecomp.model.distribution;

/** The standard normal density and tail, for truncated-normal moments. */
final class StandardNormal {

    private StandardNormal() {
    }

    static double density(double x) {
        return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }

    /** P(Z &gt; x) via erfc, W. J. Cody's rational approximation as in Numerical Recipes' erfcc (|ε| &lt; 1.2e-7). */
    static double upperTail(double x) {
        return erfc(x / Math.sqrt(2)) / 2;
    }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
