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
                    "docker-compose.yml, Kubernetes manifests, README). Files changed by hand are merged with",
                    "the new generation (the last one is kept in DIR/.mdecomp/); where both changed the same",
                    "lines the file gets conflict markers, the new generation goes beside it as",
                    "FILE.mdecomp-new, and the exit code is 1. --force overwrites changed files instead."})
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

        @Option(names = "--force", description = "Overwrite files changed by hand instead of merging.")
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
            return result.report().hasConflicts() ? ExitCode.CHECK_FAILED : ExitCode.OK;
        }

        private void print(PrintWriter out, Skeletons.Result result) {
            WriteReport report = result.report();
            if (report.dryRun()) {
                for (FileAction file : report.files()) {
                    out.println("would " + verb(file.action()) + " " + file.path());
                }
            }
            out.printf("%s %d files for %d services (pack %s) in %s: %d new, %d updated, %d unchanged, %d merged,"
                            + " %d kept, %d in conflict%n",
                    report.dryRun() ? "Would write" : "Wrote", report.writtenCount(), result.services(), result.pack(), out(),
                    report.paths(Action.CREATE).size(), report.paths(Action.UPDATE).size() + report.paths(Action.OVERWRITE).size(),
                    report.paths(Action.UNCHANGED).size(), report.merged().size(),
                    report.paths(Action.KEEP).size() + report.skipped().size(), report.conflicts().size());
            list(out, report.merged(), "Merged your changes of %d %s with the new generation:", "");
            list(out, report.skipped(), "Kept %d %s changed by hand that mdecomp has no earlier generation of"
                    + " (--force overwrites them):", "");
            list(out, report.conflicts(), "%d %s changed by hand where the new generation changes the same lines:"
                    + " resolve the conflict markers (the new generation is beside each as FILE.mdecomp-new),"
                    + " then delete the .mdecomp-new file:", WriteReport.CONFLICT_SUFFIX);
            out.flush();
        }

        private static void list(PrintWriter out, List<String> paths, String heading, String sidecar) {
            if (paths.isEmpty()) {
                return;
            }
            out.println(String.format(heading, paths.size(), paths.size() == 1 ? "file" : "files"));
            paths.forEach(path -> out.println("  " + path + (sidecar.isEmpty() ? "" : "  (" + path + sidecar + ")")));
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
                case MERGE: return "merge";
                case KEEP: return "keep";
                case CONFLICT: return "conflict";
                default: return "skip";
            }
        }
    }
}
