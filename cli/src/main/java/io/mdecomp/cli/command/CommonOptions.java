package io.mdecomp.cli.command;

import picocli.CommandLine.Option;

/** Options every command has: {@code --verbose}, {@code --no-color}, {@code --no-progress}. */
public final class CommonOptions {

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--no-color", description = "No colour in text output (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    boolean noProgress;

    public boolean verbose() {
        return verbose;
    }

    public boolean noColor() {
        return noColor;
    }

    public boolean noProgress() {
        return noProgress;
    }
}
