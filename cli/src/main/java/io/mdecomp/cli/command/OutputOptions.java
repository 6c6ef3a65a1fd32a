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
}
