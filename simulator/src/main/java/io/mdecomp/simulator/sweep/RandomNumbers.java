package io.mdecomp.simulator.sweep;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the runs of a sweep's points draw their random numbers. {@code COMMON}: replication r of
 * every point runs with the same seed (common random numbers), so points differ by their values
 * and not by luck, and comparisons between them are sharper. {@code INDEPENDENT}: every point
 * has a seed of its own.
 */
public enum RandomNumbers {
    COMMON("common"),
    INDEPENDENT("independent");

    private final String label;

    RandomNumbers(String label) {
        this.label = label;
    }

    /** {@code common} or {@code independent}. */
    public String label() {
        return label;
    }

    /** The value of {@code label}, if any. */
    public static Optional<RandomNumbers> named(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }
}
