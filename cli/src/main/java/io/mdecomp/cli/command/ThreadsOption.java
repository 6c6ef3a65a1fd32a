package io.mdecomp.cli.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --threads N}: how many independent simulation runs may run at once. */
public final class ThreadsOption {

    /** The most threads asked for. */
    static final int MAX = 1024;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs at once (default: the number of cores); the results do not depend on it.")
    Integer threads;

    /** The number asked for, else the number of cores; a usage error outside [1, {@value #MAX}]. */
    int count(CommandSpec spec) {
        int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (count < 1 || count > MAX) {
            throw new ParameterException(spec.commandLine(), "--threads must lie in [1, " + MAX + "], got " + count);
        }
        return count;
    }
}
