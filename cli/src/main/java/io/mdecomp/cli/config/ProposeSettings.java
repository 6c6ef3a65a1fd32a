package io.mdecomp.cli.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The {@code propose:} section of {@code mdecomp.yaml}; each value empty when not configured, so
 * the propose command applies its own defaults.
 *
 * @param algorithm    one of {@link #ALGORITHMS}
 * @param resolution   the modularity resolution, &gt; 0
 * @param seed         the random seed
 * @param preferEvents serve reads of another service's data with replicated read models
 */
public record ProposeSettings(Optional<String> algorithm, OptionalDouble resolution, OptionalLong seed,
                              Optional<Boolean> preferEvents) {

    /** The clustering algorithms {@code propose} knows. */
    public static final List<String> ALGORITHMS = List.of("leiden", "louvain", "girvan-newman", "label-propagation");

    public ProposeSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(preferEvents, "preferEvents");
    }

    /** Nothing configured. */
    public static ProposeSettings none() {
        return new ProposeSettings(Optional.empty(), OptionalDouble.empty(), OptionalLong.empty(), Optional.empty());
    }
}
