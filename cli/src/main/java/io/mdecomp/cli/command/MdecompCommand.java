package io.mdecomp.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code mdecomp} command: lists the subcommands. */
@Command(name = "mdecomp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Split a system into services with Domain-Driven Design, and keep the split honest.",
        subcommands = {
        })
public final class MdecompCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
