package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.config.CliEnvironment;
import io.mdecomp.cli.progress.Progress;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.tune.SweepFormat;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.sweep.RunRecord;
import io.mdecomp.simulator.sweep.Shard;
import io.mdecomp.simulator.sweep.ShardFile;
import io.mdecomp.simulator.sweep.SweepAggregator;
import io.mdecomp.simulator.sweep.SweepPlan;
import io.mdecomp.simulator.sweep.SweepPlanner;
import io.mdecomp.simulator.sweep.SweepRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdecomp sweep}: runs the sweeps of a scenario file, or plans them for a cluster or CI. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario at every point of its sweep, on all cores or in shards, or plan it for a cluster or CI.")
public final class SweepCommand implements Runnable {

    @ParentCommand
    MdecompCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: run, plan");
    }

    /** {@code mdecomp sweep run MODEL SCENARIOS}: every point × replication, in parallel, or one shard of them. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run every point of the sweeps of SCENARIOS against MODEL (a scenario without a sweep is"
                    + " one point) and rank the points by their objectives.",
                "With --shard K/N run only shard K of N (K from 0) and write its partial results as JSON for"
                    + " 'mdecomp merge'.",
                "Exit codes: 0 every scenario has a point that meets all its objectives (or a shard was written),"
                    + " 1 a scenario has none, 2 bad input, 3 internal error."})
    static final class Run implements Callable<Integer> {

        @ParentCommand
        SweepCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "MODEL", description = "The model YAML file.")
        Path model;

        @Parameters(index = "1", paramLabel = "SCENARIOS", description = "The scenario YAML file.")
        Path scenarios;

        @Mixin
        SweepOptions sweep;

        @Option(names = "--shard", paramLabel = "K/N",
                description = "Run only shard K of N (K = 0..N-1; a run goes to shard run mod N) and write partial results.")
        String shard;

        @Mixin
        ThreadsOption threads;

        @Option(names = "--format", paramLabel = "F", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); a shard is always JSON.")
        SweepFormat format;

        @Mixin
        OutputOptions output;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            Shard part = shard == null ? Shard.ALL : Shard.parse(shard).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--shard must read K/N with 0 <= K < N <= " + Shard.MAX_COUNT
                    + " (shards are numbered from 0, like JOB_COMPLETION_INDEX), got '" + shard + "'"));
            if (shard != null && format != SweepFormat.TEXT) {
                throw new ParameterException(spec.commandLine(), "--shard writes partial results as JSON;"
                        + " choose the report's format when merging: mdecomp merge SHARDS... --format "
                        + format.label());
            }
            int workers = threads.count(spec);
            DomainModel domainModel = ModelFiles.read(model);
            YamlDocument document = YamlLoader.load(scenarios);
            SweepPlan plan = sweep.plan(spec, model, scenarios, document, domainModel);
            var environment = parent.root.environment();
            List<RunRecord> records = run(domainModel, plan, part, workers, environment, common.noProgress(),
                    spec.commandLine().getErr());
            if (shard != null) {
                ShardFile file = new ShardFile(part, plan.header(), records);
                AtomicOutput.write(output.output(), spec.commandLine().getOut(), file::write);
                return ExitCode.OK;
            }
            var report = SweepAggregator.aggregate(plan.header(), records);
            boolean color = output.output() == null && environment.colorOnStdout(common.noColor());
            AtomicOutput.write(output.output(), spec.commandLine().getOut(),
                    writer -> format.renderer(color).render(report, writer));
            return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        }
    }

    /** Runs shard {@code part} of {@code plan} on {@code threads} threads with a progress bar when allowed. */
    static List<RunRecord> run(DomainModel model, SweepPlan plan, Shard part, int threads, CliEnvironment environment,
                               boolean noProgress, PrintWriter err) {
        try (Progress progress = Progress.start("sweep", SweepRunner.runs(plan.header(), part).size(), environment,
                noProgress, err)) {
            return SweepRunner.run(model, plan, part, threads, (done, total) -> progress.stepTo(done));
        }
    }

    /** The options that shape a sweep's runs, shared by {@code sweep run} and {@code tune resilience}. */
    static final class SweepOptions {

        @Option(names = "--scenario", paramLabel = "NAME", description = "Only this scenario (repeatable).")
        List<String> only = new ArrayList<>();

        @Option(names = "--seed", paramLabel = "N", description = "Use this seed for every scenario.")
        Long seed;

        @Option(names = "--replications", paramLabel = "R",
                description = "Replications of every point (default: the sweep's 'replications', else 1).")
        Integer replications;

        @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
                description = "One-sided confidence at which an objective must hold, in (0.5, 1) (default: ${DEFAULT-VALUE}).")
        double confidence;

        /** These options as given, for the command lines of a sweep's shards. */
        List<String> arguments() {
            List<String> arguments = new ArrayList<>();
            only.forEach(name -> arguments.addAll(List.of("--scenario", name)));
            if (seed != null) {
                arguments.addAll(List.of("--seed", Long.toString(seed)));
            }
            if (replications != null) {
                arguments.addAll(List.of("--replications", Integer.toString(replications)));
            }
            if (confidence != 0.95) {
                arguments.addAll(List.of("--confidence", Double.toString(confidence)));
            }
            return arguments;
        }

        SweepPlan plan(CommandSpec spec, Path model, Path scenarios, YamlDocument document, DomainModel domainModel) {
            return SweepPlanner.plan(document, domainModel, options(spec, model, scenarios, document, domainModel));
        }

        /** The planner's options from these command-line options; a usage error when one is out of range. */
        SweepPlanner.Options options(CommandSpec spec, Path model, Path scenarios, YamlDocument document,
                                     DomainModel domainModel) {
            if (replications != null && (replications < 1 || replications > RunOptions.MAX_REPLICATIONS)) {
                throw new ParameterException(spec.commandLine(), "--replications must lie in [1, "
                        + RunOptions.MAX_REPLICATIONS + "], got " + replications);
            }
            if (!(confidence > 0.5 && confidence < 1)) {
                throw new ParameterException(spec.commandLine(), "--confidence must lie in (0.5, 1), got " + confidence);
            }
            List<String> known = io.mdecomp.simulator.scenario.ScenarioReader.read(document, domainModel).stream()
                    .map(io.mdecomp.simulator.scenario.Scenario::name).toList();
            for (String name : only) {
                if (!known.contains(name)) {
                    throw new ParameterException(spec.commandLine(), "unknown scenario '" + name + "' in " + scenarios
                            + " (known: " + String.join(", ", known) + ")");
                }
            }
            String source = SweepSource.fingerprint(model, document.text(), List.of(String.join("\n", only),
                    String.valueOf(seed), String.valueOf(replications), Double.toString(confidence)));
            return new SweepPlanner.Options(only,
                    replications == null ? OptionalInt.empty() : OptionalInt.of(replications),
                    seed == null ? OptionalLong.empty() : OptionalLong.of(seed), confidence, source);
        }
    }
}
