package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.progress.Progress;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.Words;
import io.mdecomp.cli.render.tune.CapacityFormat;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.ScenarioReader;
import io.mdecomp.simulator.tune.CapacityOptions;
import io.mdecomp.simulator.tune.CapacityReport;
import io.mdecomp.simulator.tune.CapacityTuner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdecomp tune capacity MODEL SCENARIOS}: the fewest instances (and workers) meeting every objective. */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = {"Find the fewest instances per service (with --workers also the fewest workers per instance)"
                + " with which every objective of every selected scenario holds at the confidence, over"
                + " replications with the same seeds for every deployment tried.",
            "The search moves by what the runs measure (utilization, queues, the services a missed objective's"
                + " route waits on) and verifies each step by simulation; docs/tuning.md describes it.",
            "Exit codes: 0 a deployment meeting every objective was found, 1 none within the limits,"
                + " 2 bad input, 3 internal error."})
final class TuneCapacityCommand implements Callable<Integer> {

    @ParentCommand
    TuneCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model YAML file.")
    Path model;

    @Parameters(index = "1", paramLabel = "SCENARIOS", description = "The scenario YAML file.")
    Path scenarios;

    @Mixin
    ScenarioOptions selection;

    @Option(names = "--max-instances", paramLabel = "N", defaultValue = "20",
            description = "The most instances a service may get (default: ${DEFAULT-VALUE}).")
    int maxInstances;

    @Option(names = "--workers", description = "Also find the fewest workers per instance, once the instances are found.")
    boolean workers;

    @Option(names = "--max-workers", paramLabel = "N", defaultValue = "64",
            description = "With --workers, the most workers per instance a service may get (default: ${DEFAULT-VALUE}).")
    int maxWorkers;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "3",
            description = "Runs per scenario and deployment tried (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
            description = "One-sided confidence at which an objective must hold, in (0.5, 1) (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--deployment-out", paramLabel = "FILE",
            description = "Write the answer as a deployment overlay, for 'simulate scenarios --deployment FILE'.")
    Path deploymentOut;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CapacityFormat format;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output()),
                new OutputFiles.Named("--deployment-out", deploymentOut)), List.of(
                new OutputFiles.Named("MODEL", model), new OutputFiles.Named("SCENARIOS", scenarios)));
        check(maxInstances >= 1 && maxInstances <= Deployment.MAX_INSTANCES,
                "--max-instances must lie in [1, " + Deployment.MAX_INSTANCES + "], got " + maxInstances);
        check(maxWorkers >= 1 && maxWorkers <= Deployment.MAX_WORKERS,
                "--max-workers must lie in [1, " + Deployment.MAX_WORKERS + "], got " + maxWorkers);
        check(replications >= 1 && replications <= RunOptions.MAX_REPLICATIONS,
                "--replications must lie in [1, " + RunOptions.MAX_REPLICATIONS + "], got " + replications);
        check(confidence > 0.5 && confidence < 1, "--confidence must lie in (0.5, 1), got " + confidence);
        int pool = threads.count(spec);
        DomainModel domainModel = ModelFiles.read(model);
        List<Scenario> selected = ScenarioSelection.select(ScenarioReader.read(scenarios, domainModel),
                selection.only(), Scenario::name, scenarios, spec);
        if (selection.seed().isPresent()) {
            long seed = selection.seed().getAsLong();
            selected = selected.stream().map(s -> s.toBuilder().seed(seed).build()).toList();
        }
        check(selected.stream().anyMatch(s -> !s.slos().isEmpty()), "no selected scenario of " + scenarios
                + " has an objective ('slos'), so any deployment meets them all; add the objectives to tune for");
        CapacityOptions options = new CapacityOptions(maxInstances, maxWorkers, replications, confidence, workers, pool);
        var environment = parent.root.environment();
        CapacityReport report;
        try (Progress progress = Progress.start("tune capacity", CapacityOptions.MAX_EVALUATIONS, environment,
                common.noProgress(), spec.commandLine().getErr())) {
            report = CapacityTuner.tune(domainModel, selected, options,
                    (evaluation, runs) -> progress.stepTo(evaluation.number()));
        }
        boolean color = output.output() == null && environment.colorOnStdout(common.noColor());
        AtomicOutput.writeWithReport(output.output(), spec.commandLine().getOut(),
                writer -> format.renderer(color).render(report, writer),
                deploymentOut == null ? Map.of() : Map.of(deploymentOut, report.overlay().yaml(overlayComment(report))));
        return report.feasible() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private String overlayComment(CapacityReport report) {
        return "Deployment overlay for " + report.model() + ": " + (report.feasible()
                ? "the fewest instances" + (workers ? " and workers" : "") + " meeting every objective of "
                : "the largest deployment tried; it still misses objectives of ")
                + String.join(", ", report.scenarios()) + " at " + confidence + " confidence over "
                + Words.count(replications, "replication") + ".\nUse it with: mdecomp simulate scenarios MODEL SCENARIOS --deployment FILE";
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
