package io.mdecomp.cli.command;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o FILE}: where a report goes (standard output when absent), written atomically. */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    public Path output() {
        return output;
    }

    /** {@code -o MODEL}: where a command that builds a model writes it (standard output when absent), atomically. */
    public static final class Model {

        @Option(names = {"-o", "--output"}, paramLabel = "MODEL",
                description = "Write the model to MODEL (atomically) instead of standard output.")
        Path output;

        public Path output() {
            return output;
        }
    }
}
