package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.config.CliEnvironment;
import io.mdecomp.cli.progress.Progress;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.simulation.CompareFormat;
import io.mdecomp.cli.render.simulation.ComparisonLabels;
import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.compare.Comparison;
import io.mdecomp.simulator.compare.ComparisonReport;
import io.mdecomp.simulator.compare.ScenarioPair;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The what-if loop as the command line runs it, for {@code simulate compare} and
 * {@code propose --simulate}: reads the scenarios against both models, compares them with a
 * progress bar, writes the report, and returns exit code 1 when an objective that holds on the
 * base model fails on the head model.
 *
 * @param scenarios    the scenario file
 * @param only         the scenarios to run (all when empty)
 * @param seed         replaces every scenario's seed when present
 * @param replications paired replications (at least 2)
 * @param format       the report's format
 * @param output       where the report goes; {@code run}'s writer when null
 * @param color        whether text may be coloured
 */
record WhatIf(Path scenarios, List<String> only, OptionalLong seed, int replications, CompareFormat format,
              Path output, boolean color) {

    WhatIf {
        only = List.copyOf(only);
    }

    /**
     * Compares {@code head} (named {@code headLabel} in reports) with {@code base}; the report goes
     * to {@code output}, else to {@code to}. Returns the exit code.
     */
    int run(DomainModel base, String baseLabel, DomainModel head, String headLabel, CommandSpec spec,
            CliEnvironment environment, boolean noProgress, PrintWriter to) {
        List<ScenarioPair> pairs = ScenarioSelection.select(ScenarioPair.read(scenarios, base, head, headLabel), only,
                ScenarioPair::name, scenarios, spec);
        List<String> names = pairs.stream().map(ScenarioPair::name).toList();
        long steps = 100L * names.size() * 2 * replications;
        PrintWriter err = spec.commandLine().getErr();
        ComparisonReport report;
        try (Progress progress = Progress.start("compare", steps, environment, noProgress, err)) {
            RunOptions options = new RunOptions(seed, replications, (name, replication, fraction) -> progress.stepTo(
                    100L * (names.indexOf(name) * 2L * replications + replication) + Math.round(fraction * 100)));
            report = Comparison.compare(base, head, pairs, options);
        }
        ComparisonLabels labels = new ComparisonLabels(baseLabel, headLabel);
        AtomicOutput.write(output, to, writer -> format.renderer(color && output == null, labels).render(report, writer));
        return report.regressed() ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }
}
