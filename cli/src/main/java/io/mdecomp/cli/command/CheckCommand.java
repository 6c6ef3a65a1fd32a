package io.mdecomp.cli.command;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.check.Baseline;
import io.mdecomp.analysis.check.BaselineFile;
import io.mdecomp.analysis.check.CheckResult;
import io.mdecomp.analysis.check.FailOn;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.config.Settings;
import io.mdecomp.cli.config.SettingsLoader;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.Words;
import io.mdecomp.cli.render.ci.CheckFormat;
import io.mdecomp.cli.render.ci.CheckReports;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mdecomp check}: the analysis as rules, a baseline of accepted findings, and an exit code. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Analyse MODEL, apply the rules and exit 1 when a new finding is at or above --fail-on.",
            "Formats: text, json, markdown, sarif, junit."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:passed", "1:new findings at or above --fail-on", "2:bad usage or input", "3:internal error"})
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    MdecompCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file.")
    Path model;
    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text, json, markdown, sarif or junit (default: ${DEFAULT-VALUE}).")
    CheckFormat format;
    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: mdecomp.yaml beside MODEL).")
    Path config;
    @Option(names = "--baseline", paramLabel = "FILE", description = "Accepted findings; only new ones fail.")
    Path baseline;
    @Option(names = "--update-baseline", description = "Rewrite the baseline with the current findings.")
    boolean updateBaseline;
    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class,
            description = "error, warning, note or never (default: error, or the configuration's).")
    FailOn failOn;

    @Override
    public Integer call() {
        List<OutputFiles.Named> inputs = List.of(new OutputFiles.Named("MODEL", model),
                new OutputFiles.Named("--config", config));
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output()),
                new OutputFiles.Named("--baseline", updateBaseline ? baseline : null)), inputs);
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output())),
                List.of(new OutputFiles.Named("--baseline", baseline)));
        DomainModel domainModel = ModelReader.read(model);
        Settings settings = SettingsLoader.load(model, Optional.ofNullable(config), root.environment().variables());
        if (failOn != null) {
            settings = settings.withFailOn(failOn);
        }
        if (baseline != null) {
            settings = settings.withBaseline(baseline);
        }
        if (updateBaseline && settings.baseline().isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--update-baseline needs a baseline file: give --baseline FILE (or baseline: in mdecomp.yaml)");
        }
        AnalysisReport report = Analyzer.analyze(domainModel, settings.analysis());
        Baseline accepted = accepted(settings, report);
        CheckResult result = CheckResult.of(report.findings(), accepted, settings.failOn());
        var ciReport = CheckReports.report(model, domainModel, report, result, settings.analysis(),
                new VersionProvider().getVersion()[0].replaceFirst("^mdecomp ", ""));
        AtomicOutput.write(output.output(), spec.commandLine().getOut(),
                writer -> CheckReports.render(format, ciReport, report, writer));
        return result.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    /** The baseline in force: rewritten from {@code report} with --update-baseline, else read (missing: empty, with a warning). */
    private Baseline accepted(Settings settings, AnalysisReport report) {
        if (settings.baseline().isEmpty()) {
            return Baseline.EMPTY;
        }
        Path file = settings.baseline().get();
        if (updateBaseline) {
            Baseline accepted = Baseline.of(report.findings());
            AtomicOutput.writeFile(file, BaselineFile.write(accepted, file.getFileName().toString()));
            spec.commandLine().getErr().println("mdecomp: wrote " + Words.count(accepted.entries().size(),
                    "accepted finding") + " to " + file);
            return accepted;
        }
        if (Files.exists(file)) {
            return CheckReports.readBaseline(file);
        }
        // A mistyped path would otherwise count as an empty baseline without a word.
        spec.commandLine().getErr().println(Diagnostic.warning(new SourceLocation(file.toString(), 0, 0), "baseline",
                "baseline file not found, so every finding counts as new; check the path, or create the file with"
                        + " --update-baseline").format());
        return Baseline.EMPTY;
    }
}
