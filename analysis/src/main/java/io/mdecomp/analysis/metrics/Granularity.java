package io.mdecomp.analysis.metrics;

/**
 * Service granularity (SPEC §4):
 * {@code (min(endpoints / 20, 1) + min(entities / 10, 1) + complexity) / 3}, in [0, 1];
 * complexity defaults to {@value #DEFAULT_COMPLEXITY}. Above 0.8 reads as too coarse, below 0.3
 * as too fine (the MD006 and MD007 thresholds).
 */
public final class Granularity {

    /** The complexity of a service that does not state one. */
    public static final double DEFAULT_COMPLEXITY = 0.5;

    private Granularity() {
    }

    public static double of(int endpoints, int entities, double complexity) {
        return (Math.min(endpoints / 20.0, 1) + Math.min(entities / 10.0, 1) + complexity) / 3;
    }
}
