package io.mdecomp.cli.command;

import io.mdecomp.cli.render.Words;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.codegen.generate.Skeletons;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.write.Action;
import io.mdecomp.codegen.write.FileAction;
import io.mdecomp.codegen.write.WriteOptions;
import io.mdecomp.codegen.write.WriteReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mdecomp generate skeletons MODEL --out DIR [--template NAME|DIR] [--force] [--dry-run]}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate code from a model.",
        subcommands = GenerateCommand.SkeletonsCommand.class)
public final class GenerateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: skeletons");
    }

    /** Writes a project per service and the shared deployment files. */
    @Command(name = "skeletons", mixinStandardHelpOptions = true,
            description = {"Write a runnable project per service and the files shared by all (aggregator pom,",
                    "docker-compose.yml, Kubernetes manifests, README). Files changed by hand are kept",
                    "(checksums in DIR/.mdecomp/generated.json) unless --force."})
    static final class SkeletonsCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (YAML).")
        Path model;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write; nothing is written outside it.")
        Path out;

        @Option(names = "--template", paramLabel = "NAME|DIR", defaultValue = PackLoader.DEFAULT,
                description = "A built-in pack (spring-boot, java-plain) or a folder holding pack.yaml. Default: ${DEFAULT-VALUE}.")
        String template;

        @Option(names = "--force", description = "Overwrite files changed by hand too.")
        boolean force;

        @Option(names = "--dry-run", description = "List what would be written; touch nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            Skeletons.Result result = Skeletons.generate(ModelFiles.read(model), template, Path.of(""), out,
                    new WriteOptions(force, dryRun));
            PrintWriter err = spec.commandLine().getErr();
            result.warnings().forEach(warning -> err.println(warning.format()));
            err.flush();
            print(spec.commandLine().getOut(), result);
            return ExitCode.OK;
        }

        private void print(PrintWriter out, Skeletons.Result result) {
            WriteReport report = result.report();
            if (report.dryRun()) {
                for (FileAction file : report.files()) {
                    out.printf("%-10s %s%n", "would " + verb(file.action()), file.path());
                }
            }
            out.printf("%s %s for %s (pack %s) in %s: %d new, %d updated, %d unchanged, %d kept%n",
                    report.dryRun() ? "Would write" : "Wrote", Words.count(report.writtenCount(), "file"),
                    Words.count(result.services(), "service"), result.pack(), out(),
                    report.paths(Action.CREATE).size(), report.paths(Action.UPDATE).size() + report.paths(Action.OVERWRITE).size(),
                    report.paths(Action.UNCHANGED).size(), report.skipped().size());
            List<String> skipped = report.skipped();
            if (!skipped.isEmpty()) {
                out.println("Kept " + Words.count(skipped.size(), "file") + " changed by hand (--force overwrites them):");
                skipped.forEach(path -> out.println("  " + path));
            }
            out.flush();
        }

        private String out() {
            return out.toString();
        }

        private static String verb(Action action) {
            switch (action) {
                case CREATE: return "create";
                case UPDATE: return "update";
                case OVERWRITE: return "overwrite";
                case UNCHANGED: return "leave";
                default: return "skip";
            }
        }
    }
}
