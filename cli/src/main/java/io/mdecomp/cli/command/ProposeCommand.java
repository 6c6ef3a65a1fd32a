package io.mdecomp.cli.command;

import io.mdecomp.analysis.placement.ComponentCsv;
import io.mdecomp.analysis.propose.ProposeAlgorithm;
import io.mdecomp.analysis.propose.ProposeOptions;
import io.mdecomp.analysis.propose.ProposeOutcome;
import io.mdecomp.analysis.propose.Proposer;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.config.ProposeSettings;
import io.mdecomp.cli.config.Settings;
import io.mdecomp.cli.config.SettingsLoader;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.ci.ProposalReport;
import io.mdecomp.cli.render.simulation.CompareFormat;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.ModelWriter;
import io.mdecomp.simulator.compare.Comparison;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** {@code mdecomp propose MODEL [-o proposed.yaml] [--algorithm A] [--services N] ...}: see docs/propose.md. */
@Command(name = "propose", mixinStandardHelpOptions = true,
        description = {"Cluster the aggregate-contracted entity graph into a proposed cut and write it as a "
                + "complete model: calls or events for data another proposed service owns, capacity carried over.",
            "The model goes to -o (the report of metrics, services, interactions and moves to standard output), "
                + "or to standard output (the report to standard error)."})
public final class ProposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @ParentCommand
    MdecompCommand root;
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (YAML).")
    Path model;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the proposed model to FILE (atomically); the report then goes to standard output.")
    Path output;
    @Option(names = "--algorithm", paramLabel = "A", completionCandidates = Algorithms.class,
            description = "${COMPLETION-CANDIDATES} (default: leiden).")
    String algorithm;
    @Option(names = "--resolution", paramLabel = "R", description = "Modularity resolution > 0 (default: 1).")
    Double resolution;
    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: 1).")
    Long seed;
    @Option(names = "--services", paramLabel = "N",
            description = "Propose exactly N services, pinned ones included (default: as the algorithm finds).")
    Integer services;
    @Option(names = "--prefer-events", negatable = true, description = "Serve reads of another service's data with a "
            + "copy fed by the owner's events instead of a synchronous query (default: false).")
    Boolean preferEvents;
    @Option(names = "--pin", paramLabel = "SERVICE", description = "Keep this service as it is (repeatable).")
    List<String> pins = new ArrayList<>();
    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: mdecomp.yaml beside MODEL).")
    Path config;
    @Option(names = "--components-out", paramLabel = "FILE.csv", description = "Also write where each class, table "
            + "and view of the model's components goes, as component,kind,service (C for a shared component).")
    Path componentsOut;
    @Option(names = "--simulate", paramLabel = "SCENARIOS", description = "Then compare the proposal with MODEL on "
            + "these scenarios, as simulate compare does (exit 1 when an objective that holds on MODEL fails on it).")
    Path simulate;
    @Option(names = "--replications", paramLabel = "R", defaultValue = "" + Comparison.DEFAULT_REPLICATIONS,
            description = "Paired runs per scenario for --simulate, at least 2 (default: ${DEFAULT-VALUE}).")
    int replications;

    public Integer call() {
        if (simulate != null) {
            SimulateCompareCommand.checkReplications(replications, spec);
        }
        Settings settings = SettingsLoader.load(model, Optional.ofNullable(config), root.environment().variables());
        DomainModel current = ModelFiles.read(model);
        if (componentsOut != null && current.components().isEmpty()) {
            throw new InputException(Diagnostic.error(new SourceLocation(model.toString(), 0, 0), "components",
                    "--components-out needs the model's components: section (the classes, tables and views to "
                    + "place); mdecomp import java writes it"));
        }
        ProposeOutcome outcome = new Proposer(settings.analysis()).propose(current, options(settings.propose()));
        String components = componentsOut == null ? null : ComponentCsv.write(outcome.proposal().placements());
        String header = "# proposed by mdecomp propose (" + ProposalReport.settings(outcome.proposal().options())
                + ") from " + model.getFileName() + "\n";
        PrintWriter reportTo = output == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        AtomicOutput.write(output, spec.commandLine().getOut(),
                writer -> writer.write(header + ModelWriter.write(outcome.proposal().model())));
        if (components != null) {
            AtomicOutput.writeFile(componentsOut, components);
        }
        AtomicOutput.write(null, reportTo, writer -> new ProposalReport().render(outcome, writer));
        if (simulate == null) {
            return ExitCode.OK;
        }
        WhatIf whatIf = new WhatIf(simulate, List.of(), OptionalLong.empty(), replications, CompareFormat.TEXT, null,
                false);
        return whatIf.run(current, model.toString(), outcome.proposal().model(),
                output == null ? "the proposal" : output.toString(), spec, root.environment(), common.noProgress(),
                reportTo);
    }

    private ProposeOptions options(ProposeSettings configured) {
        String name = algorithm != null ? algorithm : configured.algorithm().orElse("leiden");
        ProposeAlgorithm chosen = ProposeAlgorithm.parse(name).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown algorithm '" + name + "' (known: "
                + String.join(", ", ProposeSettings.ALGORITHMS) + ")"));
        double r = resolution != null ? resolution : configured.resolution().orElse(1.0);
        if (!(r > 0) || !Double.isFinite(r)) {
            throw new ParameterException(spec.commandLine(), "--resolution must be a positive number, got " + r);
        }
        if (services != null && services < 1) {
            throw new ParameterException(spec.commandLine(), "--services must be at least 1, got " + services);
        }
        return new ProposeOptions(chosen, r, seed != null ? seed : configured.seed().orElse(1L), pins,
                services == null ? OptionalInt.empty() : OptionalInt.of(services),
                preferEvents != null ? preferEvents : configured.preferEvents().orElse(false));
    }

    /** The algorithm names for help and completion. */
    static final class Algorithms extends LabelList {
        Algorithms() {
            super(ProposeSettings.ALGORITHMS);
        }
    }
}
