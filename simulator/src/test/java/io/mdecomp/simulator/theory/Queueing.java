package io.mdecomp.simulator.theory;

/** Closed forms of queueing theory used as the reference in the theory tests. */
public final class Queueing {

    private Queueing() {
    }

    /** Erlang B: the blocking probability of c servers and no waiting room at offered load a = λ/μ. */
    static double erlangB(int c, double a) {
        double b = 1;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /** Erlang C: the probability of waiting in M/M/c at offered load a = λ/μ (a < c). */
    public static double erlangC(int c, double a) {
        double b = erlangB(c, a);
        double rho = a / c;
        return b / (1 - rho + rho * b);
    }

    /** M/M/c/K: the probability that an arrival finds all K = c + queue places taken. */
    static double mmckBlocking(int c, int k, double a) {
        double[] p = new double[k + 1];
        p[0] = 1;
        double sum = 1;
        for (int n = 1; n <= k; n++) {
            p[n] = p[n - 1] * a / Math.min(n, c);
            sum += p[n];
        }
        return p[k] / sum;
    }

    /** Pollaczek–Khinchine mean waiting time of M/G/1: λ E[S²] / (2 (1 − ρ)). */
    static double pkWait(double lambda, double meanS, double secondMomentS) {
        double rho = lambda * meanS;
        return lambda * secondMomentS / (2 * (1 - rho));
    }
}
