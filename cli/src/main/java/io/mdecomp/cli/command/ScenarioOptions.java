package io.mdecomp.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import picocli.CommandLine.Option;

/** {@code --scenario NAME}... and {@code --seed N}: which scenarios of a file run, and with which seed. */
public final class ScenarioOptions {

    @Option(names = "--scenario", paramLabel = "NAME", description = "Run only this scenario (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Use this seed for every scenario.")
    Long seed;

    /** The scenario names asked for; empty for all. */
    public List<String> only() {
        return List.copyOf(only);
    }

    /** The seed that replaces every scenario's, when given. */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }
}
