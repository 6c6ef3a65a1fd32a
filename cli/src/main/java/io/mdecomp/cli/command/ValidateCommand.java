package io.mdecomp.cli.command;

import io.mdecomp.cli.render.Words;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mdecomp validate MODEL...}: reads each model and prints {@code OK FILE: N entities, M
 * services} on stdout, or every diagnostic of a bad one on stderr; exit code 2 if any file is bad.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Read and validate models; print every problem of each file at once.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Model files (YAML).")
    List<Path> models;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allGood = true;
        for (Path file : models) {
            try {
                DomainModel model = ModelFiles.read(file);
                out.println("OK " + file + ": " + Words.count(model.entities().count(), "entity", "entities") + ", "
                        + Words.count(model.services().size(), "service"));
            } catch (InputException e) {
                allGood = false;
                err.println(e.getMessage());
            }
            out.flush();
            err.flush();
        }
        return allGood ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
