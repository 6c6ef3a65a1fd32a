package io.mdecomp.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdecomp tune}: the answers the simulator gives to capacity and resilience questions. */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Find the fewest instances that meet every objective, or the best resilience settings of a sweep.")
public final class TuneCommand implements Runnable {

    @ParentCommand
    MdecompCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: capacity, resilience");
    }
}
