package io.mdecomp.cli.command;

import io.mdecomp.cli.render.Words;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.codegen.generate.Skeletons;
import io.mdecomp.codegen.view.ResiliencePolicy;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.write.Action;
import io.mdecomp.codegen.write.FileAction;
import io.mdecomp.codegen.write.WriteOptions;
import io.mdecomp.codegen.write.WriteReport;
import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mdecomp generate skeletons MODEL [SCENARIOS --scenario NAME] --out DIR [--template NAME|DIR] [--force] [--dry-run]}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate code from a model.")
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

        @Parameters(index = "1", arity = "0..1", paramLabel = "SCENARIOS",
                description = "A scenario file whose resilience settings the clients take (with --scenario).")
        Path scenarios;

        @Option(names = "--scenario", paramLabel = "NAME",
                description = {"Apply this scenario's resilience settings (timeouts, retries, breakers, bulkheads;",
                        "a pattern it does not configure is off) instead of Resilience4j's defaults."})
        String scenario;

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
            // The pack loads while the model is read; its problems are reported after the model's.
            Skeletons.Prepared pack = Skeletons.prepare(template, Path.of(""));
            DomainModel domainModel = ModelFiles.read(model);
            ResiliencePolicy resilience = resilience(domainModel);
            Skeletons.Result result = pack.generate(domainModel, out, new WriteOptions(force, dryRun), resilience);
            PrintWriter err = spec.commandLine().getErr();
            result.warnings().forEach(warning -> err.println(warning.format()));
            err.flush();
            print(spec.commandLine().getOut(), result);
            return result.report().hasConflicts() ? ExitCode.CHECK_FAILED : ExitCode.OK;
        }

        /** Resilience4j's defaults, or the settings of the scenario named (or the only one in SCENARIOS). */
        private ResiliencePolicy resilience(DomainModel domainModel) {
            if (scenarios == null) {
                if (scenario != null) {
                    throw new ParameterException(spec.commandLine(), "--scenario " + scenario
                            + " needs the scenario file: generate skeletons MODEL SCENARIOS --scenario NAME --out DIR");
                }
                return ResiliencePolicy.RESILIENCE4J_DEFAULTS;
            }
            List<Scenario> all = ScenarioReader.read(scenarios, domainModel);
            String known = all.stream().map(Scenario::name).collect(Collectors.joining(", "));
            Scenario chosen;
            if (scenario == null) {
                if (all.size() != 1) {
                    throw new ParameterException(spec.commandLine(), scenarios + " has " + all.size()
                            + " scenarios: name one with --scenario (" + known + ")");
                }
                chosen = all.get(0);
            } else {
                chosen = all.stream().filter(s -> s.name().equals(scenario)).findFirst().orElseThrow(() ->
                        new ParameterException(spec.commandLine(), "unknown scenario '" + scenario + "' in " + scenarios
                                + " (known: " + known + ")"));
            }
            List<String> missing = ScenarioResilience.notGenerated(chosen);
            if (!missing.isEmpty()) {
                spec.commandLine().getErr().println("mdecomp: scenario '" + chosen.name() + "' uses "
                        + String.join(" and ", missing) + ", which the generated clients do not have; its other"
                        + " resilience settings are applied");
            }
            return ScenarioResilience.of(chosen);
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
