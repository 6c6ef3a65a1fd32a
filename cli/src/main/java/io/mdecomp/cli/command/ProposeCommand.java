package io.mdecomp.cli.command;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.Measurement;
import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.propose.ProposeAlgorithm;
import io.mdecomp.analysis.propose.ProposeOptions;
import io.mdecomp.analysis.propose.Proposal;
import io.mdecomp.analysis.propose.Proposer;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.config.ProposeSettings;
import io.mdecomp.cli.config.Settings;
import io.mdecomp.cli.config.SettingsLoader;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.ci.ProposalReport;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.yaml.ModelWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdecomp propose MODEL [-o proposed.yaml] [--algorithm A] [--resolution R] [--seed N] [--pin S]...}. */
@Command(name = "propose", mixinStandardHelpOptions = true,
        description = {"Cluster the aggregate-contracted entity graph into a proposed cut and write it as a model.",
            "The model goes to -o (the report of metrics and moves to standard output), or to standard output "
                + "(the report to standard error)."})
public final class ProposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @ParentCommand
    MdecompCommand root;
    @Mixin
    CommonOptions common;
    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (YAML).")
    Path model;
    @Option(names = "--algorithm", paramLabel = "A", completionCandidates = Algorithms.class,
            description = "${COMPLETION-CANDIDATES} (default: leiden).")
    String algorithm;
    @Option(names = "--resolution", paramLabel = "R", description = "Modularity resolution > 0 (default: 1).")
    Double resolution;
    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: 1).")
    Long seed;
    @Option(names = "--pin", paramLabel = "SERVICE", description = "Keep this service as it is (repeatable).")
    List<String> pins = new ArrayList<>();
    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: mdecomp.yaml beside MODEL).")
    Path config;

    /** The proposal and the current cut's metrics. */
    private record Proposed(Proposal proposal, SystemMetrics currentMetrics) {
    }

    /**
     * Measures the current cut and proposes a new one. Only the metrics leave this method: the
     * current cut's entity graph (the largest structure of a run) can be collected before the
     * proposed cut's graph is built, which halves the peak heap on large models.
     */
    private static Proposed propose(DomainModel current, AnalysisSettings analysis, ProposeOptions options) {
        Measurement before = Analyzer.measure(current, analysis);
        EntityGraph graph = options.pins().isEmpty() ? before.entityGraph()
                : EntityGraph.of(current, analysis, options.pins());
        return new Proposed(new Proposer().propose(current, graph.graph(), options), before.metrics());
    }

    @Override
    public Integer call() {
        Settings settings = SettingsLoader.load(model, Optional.ofNullable(config), root.environment().variables());
        DomainModel current = ModelFiles.read(model);
        ProposeOptions options = options(settings.propose());
        AnalysisSettings analysis = settings.analysis();
        Proposed proposed = propose(current, analysis, options);
        Proposal proposal = proposed.proposal();
        List<MetricDelta> metrics = MetricDelta.between(proposed.currentMetrics(),
                Analyzer.measure(proposal.model(), analysis).metrics());
        String yaml = "# proposed by mdecomp propose (" + options.algorithm().label() + ", seed " + options.seed()
                + ") from " + model.getFileName() + "\n" + ModelWriter.write(proposal.model());
        PrintWriter reportTo = output.output() == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        AtomicOutput.write(output.output(), spec.commandLine().getOut(), writer -> writer.write(yaml));
        AtomicOutput.write(null, reportTo, writer -> new ProposalReport()
                .render(proposal, metrics, current.services().size(), writer));
        return ExitCode.OK;
    }

    private ProposeOptions options(ProposeSettings configured) {
        String name = algorithm != null ? algorithm : configured.algorithm().orElse("leiden");
        ProposeAlgorithm chosen = ProposeAlgorithm.parse(name).orElseThrow(() -> new picocli.CommandLine
                .ParameterException(spec.commandLine(), "unknown algorithm '" + name + "' (known: "
                + String.join(", ", ProposeSettings.ALGORITHMS) + ")"));
        double r = resolution != null ? resolution : configured.resolution().orElse(1.0);
        if (!(r > 0) || !Double.isFinite(r)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--resolution must be a positive number, got " + r);
        }
        return new ProposeOptions(chosen, r, seed != null ? seed : configured.seed().orElse(1L), pins);
    }

    /** The algorithm names for help and completion. */
    static final class Algorithms extends LabelList {
        Algorithms() {
            super(ProposeSettings.ALGORITHMS);
        }
    }
}
