package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.progress.Progress;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.simulation.SimulationFormat;
import io.mdecomp.cli.render.simulation.TimeMarks;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.DeploymentOverlay;
import io.mdecomp.simulator.scenario.ScenarioReader;
import io.mdecomp.simulator.trace.TraceFormat;
import io.mdecomp.simulator.trace.TraceOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLongArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdecomp simulate}: groups the simulation subcommands. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate the model's topology under load and faults.")
public final class SimulateCommand implements Runnable {

    @ParentCommand
    MdecompCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: scenarios, compare");
    }

    /** {@code mdecomp simulate scenarios MODEL SCENARIOS}: runs scenarios, exit 1 when an SLO fails. */
    @Command(name = "scenarios", mixinStandardHelpOptions = true,
            description = {"Run the scenarios of SCENARIOS against MODEL and judge their SLOs.",
                "Exit codes: 0 all objectives met, 1 an objective missed, 2 bad input, 3 internal error."})
    static final class Scenarios implements Callable<Integer> {

        @ParentCommand
        SimulateCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "MODEL", description = "The model YAML file.")
        Path model;

        @Parameters(index = "1", paramLabel = "SCENARIOS", description = "The scenario YAML file.")
        Path scenarios;

        @Mixin
        ScenarioOptions selection;

        @Option(names = "--replications", paramLabel = "R", defaultValue = "1",
                description = "Independent runs per scenario, with 95%% Student-t intervals (default: ${DEFAULT-VALUE}).")
        int replications;

        @Mixin
        ThreadsOption threads;

        @Option(names = "--format", paramLabel = "F", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        SimulationFormat format;

        @Option(names = "--deployment", paramLabel = "FILE",
                description = "A deployment overlay (as 'tune capacity --deployment-out' writes) laid over every"
                        + " scenario: its instances, workers and queues win over the scenario's and the model's.")
        Path deployment;

        @Option(names = "--traces", paramLabel = "FILE",
                description = "Write the sampled requests of the first replication as spans to FILE (one scenario only).")
        Path traces;

        @Option(names = "--trace-format", paramLabel = "otlp|zipkin", defaultValue = "otlp",
                converter = TraceFormatConverter.class,
                description = "The format of --traces: OTLP JSON lines or a Zipkin v2 JSON array (default: ${DEFAULT-VALUE}).")
        TraceFormat traceFormat;

        @Option(names = "--trace-sample", paramLabel = "P", defaultValue = "1",
                description = "The share of requests written to --traces, in (0, 1] (default: ${DEFAULT-VALUE}).")
        double traceSample;

        @Mixin
        OutputOptions output;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output()),
                    new OutputFiles.Named("--traces", traces)), List.of(new OutputFiles.Named("MODEL", model),
                    new OutputFiles.Named("SCENARIOS", scenarios), new OutputFiles.Named("--deployment", deployment)));
            if (replications < 1 || replications > RunOptions.MAX_REPLICATIONS) {
                throw new ParameterException(spec.commandLine(), "--replications must lie in [1, "
                        + RunOptions.MAX_REPLICATIONS + "], got " + replications);
            }
            if (!(traceSample > 0 && traceSample <= 1)) {
                throw new ParameterException(spec.commandLine(), "--trace-sample must lie in (0, 1], got " + traceSample);
            }
            int workers = threads.count(spec);
            DomainModel domainModel = ModelReader.read(model);
            List<Scenario> chosen = ScenarioSelection.select(ScenarioReader.read(scenarios, domainModel),
                    selection.only(), Scenario::name, scenarios, spec);
            List<Scenario> selected = deployment == null ? chosen
                    : chosen.stream().map(DeploymentOverlay.read(deployment, domainModel)::applyTo).toList();
            if (traces != null && selected.size() != 1) {
                throw new ParameterException(spec.commandLine(), "--traces records one scenario, but " + selected.size()
                        + " would run; choose one with --scenario NAME");
            }
            var environment = parent.root.environment();
            long steps = 100L * selected.size() * replications;
            SimulationReport report;
            try (Progress progress = Progress.start("simulate", steps, environment, common.noProgress(),
                    spec.commandLine().getErr())) {
                List<String> names = selected.stream().map(Scenario::name).toList();
                // Replications run at once report their progress in turns: the bar shows the sum.
                AtomicLongArray shown = new AtomicLongArray(selected.size() * replications);
                RunOptions options = new RunOptions(selection.seed(), replications, (name, replication, fraction) -> {
                    long percent = Math.round(fraction * 100);
                    progress.stepBy(percent - shown.getAndSet(names.indexOf(name) * replications + replication, percent));
                }).withThreads(workers);
                if (traces == null) {
                    report = Simulator.run(domainModel, selected, options);
                } else {
                    SimulationReport[] traced = new SimulationReport[1];
                    AtomicOutput.stream(traces, writer -> traced[0] = Simulator.run(domainModel, selected,
                            options.withTraces(new TraceOutput(traceFormat, traceSample, writer,
                                    TraceOutput.DEFAULT_EPOCH_NANOS))));
                    report = traced[0];
                }
            }
            boolean color = output.output() == null && environment.colorOnStdout(common.noColor());
            Map<String, TimeMarks> marks = new TreeMap<>();
            selected.forEach(s -> marks.put(s.name(), TimeMarks.of(s)));
            AtomicOutput.write(output.output(), spec.commandLine().getOut(),
                    writer -> format.renderer(color, marks).render(report, writer));
            return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        }

        /** {@code otlp} or {@code zipkin}, any case. */
        static final class TraceFormatConverter implements picocli.CommandLine.ITypeConverter<TraceFormat> {
            @Override
            public TraceFormat convert(String value) {
                return TraceFormat.named(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                        "unknown trace format '" + value + "' (known: otlp, zipkin)"));
            }
        }
    }
}
