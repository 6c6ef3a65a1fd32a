package io.mdecomp.cli.command;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.diff.CutDiff;
import io.mdecomp.analysis.diff.FindingDelta;
import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.config.SettingsLoader;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.ci.DiffRenderer;
import io.mdecomp.model.DomainModel;
import java.nio.file.Path;
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

/** {@code mdecomp diff BASE_MODEL HEAD_MODEL [--format text|json|markdown]}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two cuts: services added and removed, entities moved, metric deltas, findings "
            + "introduced and resolved, and their agreement (MoJoFM, adjusted Rand index).",
            "Formats: text, json, markdown. Both models are analysed with the settings of BASE_MODEL."})
public final class DiffCommand implements Callable<Integer> {

    /** The formats of {@code diff}. */
    public enum DiffFormat { TEXT, JSON, MARKDOWN }

    @Spec
    CommandSpec spec;
    @ParentCommand
    MdecompCommand root;
    @Mixin
    CommonOptions common;
    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "BASE_MODEL", description = "The model before.")
    Path base;
    @Parameters(index = "1", paramLabel = "HEAD_MODEL", description = "The model after.")
    Path head;
    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    DiffFormat format;
    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: mdecomp.yaml beside BASE_MODEL).")
    Path config;

    @Override
    public Integer call() {
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output())),
                List.of(new OutputFiles.Named("BASE_MODEL", base), new OutputFiles.Named("HEAD_MODEL", head),
                        new OutputFiles.Named("--config", config)));
        AnalysisSettings settings = SettingsLoader.load(base, Optional.ofNullable(config),
                root.environment().variables()).analysis();
        DomainModel before = ModelFiles.read(base);
        DomainModel after = ModelFiles.read(head);
        AnalysisReport baseReport = Analyzer.analyze(before, settings);
        AnalysisReport headReport = Analyzer.analyze(after, settings);
        DiffRenderer.DiffView view = new DiffRenderer.DiffView(base.toString(), head.toString(),
                CutDiff.between(before, after), MetricDelta.between(baseReport.metrics(), headReport.metrics()),
                FindingDelta.between(baseReport.findings(), headReport.findings()));
        DiffRenderer renderer = new DiffRenderer();
        AtomicOutput.write(output.output(), spec.commandLine().getOut(), writer -> {
            switch (format) {
                case JSON: renderer.json(view, writer); break;
                case MARKDOWN: renderer.markdown(view, writer); break;
                default: renderer.text(view, writer);
            }
        });
        return ExitCode.OK;
    }
}
