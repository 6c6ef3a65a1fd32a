package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.tune.SweepFormat;
import io.mdecomp.model.yaml.SourceText;
import io.mdecomp.simulator.sweep.ShardFile;
import io.mdecomp.simulator.sweep.ShardMerger;
import io.mdecomp.simulator.sweep.SweepReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mdecomp merge RESULTS...}: the shards of a sweep, combined into the report of the whole sweep. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Combine the partial results that 'sweep run --shard K/N' wrote into the sweep's report:"
                + " the same report, byte for byte, as the sweep run whole.",
            "Exit codes: 0 every scenario has a point that meets all its objectives, 1 a scenario has none,"
                + " 2 bad input (a missing, foreign or duplicate shard), 3 internal error."})
public final class MergeCommand implements Callable<Integer> {

    /** The largest shard file read: far above what the sweep's limit of points writes. */
    private static final long MAX_SHARD_BYTES = 512L * 1024 * 1024;

    @ParentCommand
    MdecompCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "RESULTS", description = "The shard files, in any order.")
    List<Path> results = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SweepFormat format;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        List<ShardMerger.Named> shards = new ArrayList<>();
        for (Path file : results) {
            String text = SourceText.read(file, file.toString(), MAX_SHARD_BYTES,
                    "is a directory; give the shard files (e.g. results/shard-*.json)");
            shards.add(new ShardMerger.Named(file.toString(), ShardFile.read(file.toString(), text)));
        }
        SweepReport report = ShardMerger.merge(shards);
        boolean color = output.output() == null && root.environment().colorOnStdout(common.noColor());
        AtomicOutput.write(output.output(), spec.commandLine().getOut(),
                writer -> format.renderer(color).render(report, writer));
        return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
