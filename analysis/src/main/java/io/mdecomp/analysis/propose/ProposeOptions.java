package io.mdecomp.analysis.propose;

import java.util.List;
import java.util.Objects;

/**
 * How to propose a cut.
 *
 * @param algorithm  the clustering algorithm
 * @param resolution the modularity resolution γ &gt; 0 (Leiden and Louvain; larger gives smaller services)
 * @param seed       the random seed (same seed, same proposal)
 * @param pins       services to keep exactly as they are
 */
public record ProposeOptions(ProposeAlgorithm algorithm, double resolution, long seed, List<String> pins) {

    public ProposeOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a positive number, got " + resolution);
        }
        pins = List.copyOf(pins);
    }

    /** Leiden, resolution 1, seed 1, no pins. */
    public static ProposeOptions defaults() {
        return new ProposeOptions(ProposeAlgorithm.LEIDEN, 1.0, 1L, List.of());
    }
}
