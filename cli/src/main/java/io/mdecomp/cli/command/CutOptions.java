package io.mdecomp.cli.command;

import io.mdecomp.analysis.propose.ProposeAlgorithm;
import io.mdecomp.analysis.propose.ProposeOptions;
import io.mdecomp.cli.config.ProposeSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How {@code propose} cuts: {@code --algorithm}, {@code --resolution}, {@code --seed},
 * {@code --services}, {@code --[no-]prefer-events} and {@code --pin}; each unset option falls back to
 * the {@code propose:} settings, then to the defaults.
 */
public final class CutOptions {

    @Option(names = "--algorithm", paramLabel = "A", completionCandidates = Algorithms.class,
            description = "${COMPLETION-CANDIDATES} (default: leiden).")
    String algorithm;
    @Option(names = "--resolution", paramLabel = "R", description = "Modularity resolution > 0 (default: 1).")
    Double resolution;
    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: 1).")
    Long seed;
    @Option(names = "--services", paramLabel = "N",
            description = "Propose exactly N services, pinned ones included (default: as the algorithm finds).")
    Integer services;
    @Option(names = "--prefer-events", negatable = true, description = "Serve reads of another service's data with a "
            + "copy fed by the owner's events instead of a synchronous query (default: false).")
    Boolean preferEvents;
    @Option(names = "--pin", paramLabel = "SERVICE", description = "Keep this service as it is (repeatable).")
    List<String> pins = new ArrayList<>();

    /** The options, the configured settings filling what the command line leaves out. */
    ProposeOptions resolve(ProposeSettings configured, CommandSpec spec) {
        String name = algorithm != null ? algorithm : configured.algorithm().orElse("leiden");
        ProposeAlgorithm chosen = ProposeAlgorithm.parse(name).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown algorithm '" + name + "' (known: "
                + String.join(", ", ProposeSettings.ALGORITHMS) + ")"));
        double r = resolution != null ? resolution : configured.resolution().orElse(1.0);
        if (!(r > 0) || !Double.isFinite(r)) {
            throw new ParameterException(spec.commandLine(), "--resolution must be a positive number, got " + r);
        }
        if (services != null && services < 1) {
            throw new ParameterException(spec.commandLine(), "--services must be at least 1, got " + services);
        }
        return new ProposeOptions(chosen, r, seed != null ? seed : configured.seed().orElse(1L), pins,
                services == null ? OptionalInt.empty() : OptionalInt.of(services),
                preferEvents != null ? preferEvents : configured.preferEvents().orElse(false));
    }

    /** The algorithm names for help and completion. */
    static final class Algorithms extends LabelList {
        Algorithms() {
            super(ProposeSettings.ALGORITHMS);
        }
    }
}
