package io.mdecomp.cli.command;

import io.mdecomp.cli.render.simulation.CompareFormat;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.compare.Comparison;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdecomp simulate compare BASE_MODEL HEAD_MODEL SCENARIOS}: the what-if loop. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run the scenarios of SCENARIOS on BASE_MODEL and HEAD_MODEL with common random numbers and"
            + " compare them per route and objective: base, head, the paired difference with its confidence"
            + " interval, and a verdict (better, worse, no significant difference).",
            "Exit codes: 0 no objective regressed, 1 an objective that holds on base fails on head, 2 bad input,"
                + " 3 internal error."})
final class SimulateCompareCommand implements Callable<Integer> {

    @ParentCommand
    SimulateCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE_MODEL", description = "The model to compare against (YAML).")
    Path base;

    @Parameters(index = "1", paramLabel = "HEAD_MODEL", description = "The changed model (YAML).")
    Path head;

    @Parameters(index = "2", paramLabel = "SCENARIOS", description = "The scenario file; it must fit both models.")
    Path scenarios;

    @Mixin
    ScenarioOptions selection;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "" + Comparison.DEFAULT_REPLICATIONS,
            description = "Paired runs per scenario and model, at least 2 (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CompareFormat format;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output())),
                List.of(new OutputFiles.Named("BASE_MODEL", base), new OutputFiles.Named("HEAD_MODEL", head),
                        new OutputFiles.Named("SCENARIOS", scenarios)));
        checkReplications(replications, spec);
        var environment = parent.root.environment();
        WhatIf whatIf = new WhatIf(scenarios, selection.only(), selection.seed(), replications, format,
                output.output(), environment.colorOnStdout(common.noColor()));
        return whatIf.run(ModelFiles.read(base), base.toString(), ModelFiles.read(head), head.toString(), spec,
                environment, common.noProgress(), spec.commandLine().getOut());
    }

    /** A usage error unless {@code replications} lies in [2, {@link RunOptions#MAX_REPLICATIONS}]. */
    static void checkReplications(int replications, CommandSpec spec) {
        if (replications < Comparison.MIN_REPLICATIONS || replications > RunOptions.MAX_REPLICATIONS) {
            throw new ParameterException(spec.commandLine(), "--replications must lie in ["
                    + Comparison.MIN_REPLICATIONS + ", " + RunOptions.MAX_REPLICATIONS + "] for a comparison (a"
                    + " confidence interval needs two), got " + replications);
        }
    }
}
