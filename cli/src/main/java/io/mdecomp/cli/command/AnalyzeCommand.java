package io.mdecomp.cli.command;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.config.CliEnvironment;
import io.mdecomp.cli.config.Settings;
import io.mdecomp.cli.config.SettingsLoader;
import io.mdecomp.cli.progress.Progress;
import io.mdecomp.cli.render.AnalysisFormat;
import io.mdecomp.cli.render.AnalysisView;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.RenderOptions;
import io.mdecomp.cli.render.Renderer;
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

/** {@code mdecomp analyze MODEL [--format text|json] [-o FILE] [--config FILE]}. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Metrics per service and for the system, findings with their model locations, and "
            + "concrete split / merge / move recommendations.",
            "Settings: defaults < mdecomp.yaml beside MODEL or --config < MDECOMP_* variables < options."})
public final class AnalyzeCommand implements Callable<Integer> {

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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = AnalysisFormats.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AnalysisFormat format;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (instead of mdecomp.yaml beside the model).")
    Path config;

    @Override
    public Integer call() {
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output())),
                List.of(new OutputFiles.Named("MODEL", model), new OutputFiles.Named("--config", config)));
        CliEnvironment environment = root.environment();
        Settings settings = SettingsLoader.load(model, Optional.ofNullable(config), environment.variables());
        AnalysisView view;
        try (Progress progress = Progress.start("analyze", 2, environment, common.noProgress(),
                spec.commandLine().getErr())) {
            DomainModel domain = ModelFiles.read(model);
            progress.stepTo(1);
            AnalysisReport report = Analyzer.analyze(domain, settings.analysis());
            progress.stepTo(2);
            view = AnalysisView.of(report);
        }
        boolean color = output.output() == null && environment.colorOnStdout(common.noColor());
        Renderer<AnalysisView> renderer = format.renderer(new RenderOptions(color));
        AtomicOutput.write(output.output(), spec.commandLine().getOut(), writer -> renderer.render(view, writer));
        return ExitCode.OK;
    }

    /** The format names for help and completion, lower case. */
    static final class AnalysisFormats extends LabelList {
        AnalysisFormats() {
            super(java.util.Arrays.stream(AnalysisFormat.values()).map(AnalysisFormat::label).toList());
        }
    }
}
