package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.TraceImportText;
import io.mdecomp.importer.traces.ScenarioText;
import io.mdecomp.importer.traces.TraceFormat;
import io.mdecomp.importer.traces.TraceImport;
import io.mdecomp.importer.traces.TraceImportOptions;
import io.mdecomp.importer.traces.TraceImporter;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.format.ModelWriter;
import io.mdecomp.model.validation.NameRule;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mdecomp import traces FILE... [--format F] [--into MODEL] [-o MODEL] [--scenarios-out FILE] [--skip-bad]}. */
@Command(name = "traces", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build a model, or calibrate one, from distributed traces: Zipkin v2, Jaeger or OTLP JSON "
                + "(files may be gzip-compressed).",
            "Services, endpoints, calls with their mean count per request, events, service-time distributions "
                + "(the best maximum-likelihood fit, or an empirical table), instances; with --scenarios-out also "
                + "the arrival rate, route mix, network latency and failure rates. What was found is listed on "
                + "standard error. See docs/traces.md."})
public final class ImportTracesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Trace files, read as streams.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "zipkin|jaeger|otlp", converter = FormatConverter.class,
            description = "The files' format (default: recognised from each file's first tokens).")
    TraceFormat format;

    @Option(names = "--into", paramLabel = "MODEL",
            description = "Calibrate this model instead of building one: matched endpoints get their service time "
                    + "and call probabilities from the traces; everything else is kept and what did not match is listed.")
    Path into;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL",
            description = "Write the model to this file (atomically) instead of standard output.")
    Path output;

    @Option(names = "--scenarios-out", paramLabel = "FILE",
            description = "Also write a scenario file with the observed workload, network latency and failures.")
    Path scenariosOut;

    @Option(names = "--skip-bad", description = "Leave malformed spans out (listed as warnings) instead of failing.")
    boolean skipBad;

    @Option(names = "--system", paramLabel = "NAME", defaultValue = "imported",
            description = "The system name of a new model (default: ${DEFAULT-VALUE}).")
    String system;

    @Option(names = "--sampling", paramLabel = "SHARE", defaultValue = "1",
            description = "The share of all traces the files hold, in (0, 1]; the arrival rate is divided by it "
                    + "(default: ${DEFAULT-VALUE}).")
    double sampling;

    @Option(names = "--window", paramLabel = "SPANS", defaultValue = "200000",
            description = "Spans held while traces are assembled; raise it for files whose traces are interleaved "
                    + "(default: ${DEFAULT-VALUE}).")
    int window;

    @Override
    public Integer call() {
        if (!(sampling > 0 && sampling <= 1)) {
            throw new ParameterException(spec.commandLine(), "--sampling must lie in (0, 1], got " + sampling);
        }
        if (window < 1000) {
            throw new ParameterException(spec.commandLine(), "--window must be at least 1000 spans, got " + window);
        }
        if (system.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--system must not be blank");
        }
        Optional<String> badSystem = NameRule.LABEL.problem(system.strip());
        if (badSystem.isPresent()) {
            throw new ParameterException(spec.commandLine(), "--system '" + system.strip() + "' " + badSystem.get());
        }
        List<OutputFiles.Named> inputs = new ArrayList<>();
        files.forEach(file -> inputs.add(new OutputFiles.Named("FILE", file)));
        inputs.add(new OutputFiles.Named("--into", into));
        // -o may replace the --into model (calibration in place), not a trace file or the scenarios.
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output),
                new OutputFiles.Named("--scenarios-out", scenariosOut)), inputs.subList(0, files.size()));
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("--scenarios-out", scenariosOut)), inputs);
        TraceImportOptions options = TraceImportOptions.defaults().withSkipBad(skipBad).withSystem(system.strip())
                .withSampling(sampling).withWorkload(scenariosOut != null).withWindowSpans(window);
        if (format != null) {
            options = options.withFormat(format);
        }
        if (into != null) {
            options = options.withInto(ModelFiles.read(into));
        }
        TraceImport result = new TraceImporter().importFiles(files, options);
        String model = "# " + (into != null ? "calibrated" : "imported") + " by mdecomp import traces from "
                + TraceImportText.fileNames(files) + "\n" + ModelWriter.write(result.model());
        String scenarios = result.workload().map(w -> ScenarioText.write(into != null ? "calibrated" : "imported", w))
                .orElse(null);
        Map<Path, String> written = new LinkedHashMap<>();
        if (scenarios != null) {
            try {
                ScenarioReader.parse(scenariosOut.toString(), scenarios, result.model());
            } catch (InputException e) {
                // The file is made from the traces and never written: say so before the reader's findings.
                List<Diagnostic> problems = new ArrayList<>();
                problems.add(Diagnostic.error(SourceLocation.startOf(files.get(0).toString()), "workload",
                        "the scenario file these traces make is not one the simulator can run, so neither file"
                                + " was written; its problems are listed with this one (check --sampling)"));
                problems.addAll(e.diagnostics());
                throw new InputException(problems);
            }
            written.put(scenariosOut, scenarios);
        }
        AtomicOutput.writeWithReport(output, spec.commandLine().getOut(), writer -> writer.write(model), written);
        TraceImportText.write(result, spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return ExitCode.OK;
    }

    /** {@code zipkin}, {@code jaeger}, {@code otlp}, any case. */
    static final class FormatConverter implements ITypeConverter<TraceFormat> {
        @Override
        public TraceFormat convert(String value) {
            return TraceFormat.named(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "unknown trace format '" + value + "' (known: zipkin, jaeger, otlp)"));
        }
    }
}
