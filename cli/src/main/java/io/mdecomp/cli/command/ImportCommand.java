package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.importer.servicecutter.ServiceCutterImport;
import io.mdecomp.model.importer.servicecutter.ServiceCutterImporter;
import io.mdecomp.model.format.ModelWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mdecomp import servicecutter MODEL.json USER_REPS.json [-o model.yaml]}; {@code import traces}
 * ({@link ImportTracesCommand}) and {@code import java} ({@link ImportJavaCommand}) are its other subcommands.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a decomposition written for another tool, or build one from traces or Java sources.")
public final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "say what to import from: mdecomp import servicecutter MODEL.json USER_REPS.json, mdecomp import"
                        + " traces FILE... or mdecomp import java SRC_DIR...");
    }

    /** {@code import servicecutter}: Service Cutter's entity-relationship model and user representations. */
    @Command(name = "servicecutter", mixinStandardHelpOptions = true,
            description = {"Convert Service Cutter's two JSON files into a model (YAML, to -o or standard output).",
                "What has no equivalent in the model is listed on standard error as 'unmapped', never dropped."})
    public static final class ServiceCutter implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;
        @Mixin
        OutputOptions.Model output;

        @Parameters(index = "0", paramLabel = "MODEL.json", description = "The entity-relationship model.")
        Path erm;
        @Parameters(index = "1", paramLabel = "USER_REPS.json", description = "The user representations.")
        Path userReps;

        @Override
        public Integer call() {
            OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output())),
                    List.of(new OutputFiles.Named("MODEL.json", erm), new OutputFiles.Named("USER_REPS.json", userReps)));
            ServiceCutterImport result = new ServiceCutterImporter().read(erm, userReps);
            String yaml = "# imported by mdecomp import servicecutter from " + commentName(erm) + " and "
                    + commentName(userReps) + "\n" + ModelWriter.write(result.model());
            AtomicOutput.write(output.output(), spec.commandLine().getOut(), writer -> writer.write(yaml));
            for (Diagnostic diagnostic : result.unmapped()) {
                spec.commandLine().getErr().println(diagnostic.format());
            }
            spec.commandLine().getErr().flush();
            return ExitCode.OK;
        }

        /** A file's name for the model's first comment: on one line. */
        private static String commentName(Path file) {
            return String.valueOf(file.getFileName()).replaceAll("\\p{Cntrl}", "?");
        }
    }
}
