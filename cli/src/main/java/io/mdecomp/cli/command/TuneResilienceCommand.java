package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.Words;
import io.mdecomp.cli.render.tune.ResilienceFormat;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.simulator.sweep.Shard;
import io.mdecomp.simulator.sweep.SweepAggregator;
import io.mdecomp.simulator.sweep.SweepPlan;
import io.mdecomp.simulator.tune.ResilienceRecommendation;
import io.mdecomp.simulator.tune.ResilienceReport;
import io.mdecomp.simulator.tune.ResilienceTuning;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdecomp tune resilience MODEL SCENARIOS}: the best resilience settings of a sweep over them. */
@Command(name = "resilience", mixinStandardHelpOptions = true,
        description = {"Run every combination of the resilience settings that the scenarios' 'sweep:' sections give"
                + " (timeouts, retries, breakers, bulkheads, per call or as defaults) with common random numbers,"
                + " rank them by objectives met, error budget spent and retry amplification, show the Pareto front"
                + " and recommend the best as a 'resilience:' block.",
            "Exit codes: 0 every scenario's recommended settings meet all its objectives, 1 some do not,"
                + " 2 bad input (also a sweep over anything but resilience settings), 3 internal error."})
final class TuneResilienceCommand implements Callable<Integer> {

    @ParentCommand
    TuneCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model YAML file.")
    Path model;

    @Parameters(index = "1", paramLabel = "SCENARIOS", description = "The scenario YAML file.")
    Path scenarios;

    @Mixin
    SweepCommand.SweepOptions sweep;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--resilience-out", paramLabel = "FILE",
            description = "Write the recommended 'resilience:' block to FILE (one scenario only; choose it with --scenario).")
    Path resilienceOut;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResilienceFormat format;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output()),
                new OutputFiles.Named("--resilience-out", resilienceOut)), List.of(
                new OutputFiles.Named("MODEL", model), new OutputFiles.Named("SCENARIOS", scenarios)));
        int workers = threads.count(spec);
        DomainModel domainModel = ModelFiles.read(model);
        YamlDocument document = YamlLoader.load(scenarios);
        SweepPlan plan = ResilienceTuning.plan(document, domainModel,
                sweep.options(spec, model, scenarios, document, domainModel));
        if (resilienceOut != null && plan.header().scenarios().size() != 1) {
            throw new ParameterException(spec.commandLine(), "--resilience-out writes one scenario's settings, but "
                    + plan.header().scenarios().size() + " scenarios have resilience sweeps; choose one with --scenario NAME");
        }
        var environment = parent.root.environment();
        var records = SweepCommand.run(domainModel, plan, Shard.ALL, workers, environment, common.noProgress(),
                spec.commandLine().getErr());
        var sweepReport = SweepAggregator.aggregate(plan.header(), records);
        ResilienceReport report = new ResilienceReport(sweepReport, ResilienceTuning.recommend(plan, sweepReport));
        Map<Path, String> settings = new LinkedHashMap<>();
        if (resilienceOut != null) {
            ResilienceRecommendation r = report.recommendations().get(0);
            settings.put(resilienceOut, "# Recommended for scenario '" + r.scenario() + "' ("
                    + (r.best().passed() ? "meets every objective" : "misses " + Words.count(r.best().failedSlos(), "objective"))
                    + "): " + String.join(", ", r.settings()) + "\n" + r.yaml());
        }
        boolean color = output.output() == null && environment.colorOnStdout(common.noColor());
        AtomicOutput.writeWithReport(output.output(), spec.commandLine().getOut(),
                writer -> format.renderer(color).render(report, writer), settings);
        return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
