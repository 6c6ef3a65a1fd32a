package io.mdecomp.cli.command;

import io.mdecomp.analysis.placement.ComponentCsv;
import io.mdecomp.analysis.propose.ProposeOutcome;
import io.mdecomp.analysis.propose.Proposer;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.config.Settings;
import io.mdecomp.cli.config.SettingsLoader;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.ci.ProposalReport;
import io.mdecomp.cli.render.simulation.CompareFormat;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.format.ModelWriter;
import io.mdecomp.simulator.compare.Comparison;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    @Mixin
    CutOptions cut;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (YAML).")
    Path model;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the proposed model to FILE (atomically); the report then goes to standard output.")
    Path output;
    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: mdecomp.yaml beside MODEL).")
    Path config;
    @Option(names = "--components-out", paramLabel = "FILE.csv", description = "Also write where each class, table "
            + "and view of the model's components goes, as component,kind,service,placedBy (C for a shared component;"
            + " placedBy: uses, links, package, tie or no-entity).")
    Path componentsOut;
    @Option(names = "--simulate", paramLabel = "SCENARIOS", description = "Then compare the proposal with MODEL on "
            + "these scenarios, as simulate compare does (exit 1 when an objective that holds on MODEL fails on it).")
    Path simulate;
    @Option(names = "--replications", paramLabel = "R", defaultValue = "" + Comparison.DEFAULT_REPLICATIONS,
            description = "Paired runs per scenario for --simulate, at least 2 (default: ${DEFAULT-VALUE}).")
    int replications;

    public Integer call() {
        // -o may replace MODEL with its proposal; nothing may replace the other inputs.
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output),
                new OutputFiles.Named("--components-out", componentsOut)), List.of(
                new OutputFiles.Named("--config", config), new OutputFiles.Named("--simulate", simulate)));
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("--components-out", componentsOut)),
                List.of(new OutputFiles.Named("MODEL", model)));
        SimulateCompareCommand.checkReplications(replications, spec);
        if (simulate == null && spec.commandLine().getParseResult().hasMatchedOption("--replications")) {
            throw new ParameterException(spec.commandLine(), "--replications counts the runs of --simulate; give"
                    + " --simulate SCENARIOS too, or leave --replications out");
        }
        Settings settings = SettingsLoader.load(model, Optional.ofNullable(config), root.environment().variables());
        DomainModel current = ModelFiles.read(model);
        if (componentsOut != null && current.components().isEmpty()) {
            throw new InputException(Diagnostic.error(new SourceLocation(model.toString(), 0, 0), "components",
                    "--components-out needs the model's components: section (the classes, tables and views to "
                    + "place); mdecomp import java writes it"));
        }
        ProposeOutcome outcome = new Proposer(settings.analysis())
                .propose(current, cut.resolve(settings.propose(), spec));
        String components = componentsOut == null ? null : ComponentCsv.write(outcome.proposal().placements());
        String header = "# proposed by mdecomp propose (" + ProposalReport.settings(outcome.proposal().options())
                + ") from " + model.getFileName() + "\n";
        PrintWriter reportTo = output == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        String proposed = header + ModelWriter.write(outcome.proposal().model());
        AtomicOutput.writeWithReport(output, spec.commandLine().getOut(), writer -> writer.write(proposed),
                components == null ? Map.of() : Map.of(componentsOut, components));
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
}
