package io.mdecomp.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks, before any work, that a command's output files are not one another nor a file it reads
 * and would not be expected to replace: two outputs on one path would leave only the last, and an
 * output over an input (a trace file, a ground truth) destroys it.
 */
final class OutputFiles {

    /** A file named on the command line, with what names it ({@code -o}, {@code --report}, {@code FILE}). */
    record Named(String option, Path path) {
    }

    private OutputFiles() {
    }

    /** Throws a usage error when two of {@code outputs}, or an output and one of {@code inputs}, are the same file. */
    static void requireDistinct(CommandSpec spec, List<Named> outputs, List<Named> inputs) {
        for (int i = 0; i < outputs.size(); i++) {
            Named output = outputs.get(i);
            if (output.path() == null) {
                continue;
            }
            for (int j = i + 1; j < outputs.size(); j++) {
                Named other = outputs.get(j);
                if (other.path() != null && same(output.path(), other.path())) {
                    throw new ParameterException(spec.commandLine(), output.option() + " and " + other.option()
                            + " name the same file (" + output.path() + "); give each its own");
                }
            }
            for (Named input : inputs) {
                if (input.path() != null && same(output.path(), input.path())) {
                    throw new ParameterException(spec.commandLine(), output.option() + " " + output.path()
                            + " is the input " + input.option() + " and would be overwritten; write to another file");
                }
            }
        }
    }

    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
