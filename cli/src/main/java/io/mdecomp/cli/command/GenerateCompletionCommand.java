package io.mdecomp.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mdecomp generate-completion}: prints a bash/zsh completion script for every command. */
@Command(name = "generate-completion", mixinStandardHelpOptions = true,
        description = {"Print a bash/zsh completion script for mdecomp.",
            "Use: source <(mdecomp generate-completion)"})
public final class GenerateCompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out.flush();
        return 0;
    }
}
