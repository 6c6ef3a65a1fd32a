package io.mdecomp.simulator.stats;

/**
 * The unit of a reported number, so that reports format it without guessing from its name:
 * milliseconds and seconds of time, a fraction in [0, 1] (shown as a percentage), a rate per
 * second, a count of things, or a plain number (a mean queue length).
 */
public enum Unit {
    MILLISECONDS,
    SECONDS,
    FRACTION,
    PER_SECOND,
    COUNT,
    NUMBER
}
