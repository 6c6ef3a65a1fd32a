package io.mdecomp.analysis.propose;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How to propose a cut.
 *
 * @param algorithm    the clustering algorithm
 * @param resolution   the modularity resolution γ &gt; 0 (Leiden and Louvain; larger gives smaller services)
 * @param seed         the random seed (same seed, same proposal)
 * @param pins         services to keep exactly as they are
 * @param services     how many services the proposal should have, pinned ones included; empty to
 *                     let the algorithm decide
 * @param preferEvents serve reads of another service's data with a replicated read model fed by the
 *                     owner's events rather than with a synchronous query
 */
public record ProposeOptions(ProposeAlgorithm algorithm, double resolution, long seed, List<String> pins,
                             OptionalInt services, boolean preferEvents) {

    public ProposeOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a positive number, got " + resolution);
        }
        pins = List.copyOf(pins);
        Objects.requireNonNull(services, "services");
        if (services.isPresent() && services.getAsInt() < 1) {
            throw new IllegalArgumentException("services must be at least 1, got " + services.getAsInt());
        }
    }

    /** These options with the algorithm's own number of services and synchronous queries. */
    public ProposeOptions(ProposeAlgorithm algorithm, double resolution, long seed, List<String> pins) {
        this(algorithm, resolution, seed, pins, OptionalInt.empty(), false);
    }

    /** Leiden, resolution 1, seed 1, no pins, the algorithm's number of services, synchronous queries. */
    public static ProposeOptions defaults() {
        return new ProposeOptions(ProposeAlgorithm.LEIDEN, 1.0, 1L, List.of());
    }

    /** These options asking for {@code count} services. */
    public ProposeOptions withServices(int count) {
        return new ProposeOptions(algorithm, resolution, seed, pins, OptionalInt.of(count), preferEvents);
    }

    /** These options with {@code preferEvents} set. */
    public ProposeOptions withPreferEvents(boolean prefer) {
        return new ProposeOptions(algorithm, resolution, seed, pins, services, prefer);
    }
}
