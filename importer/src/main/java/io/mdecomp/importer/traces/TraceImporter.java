package io.mdecomp.importer.traces;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.ParserMessages;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.validation.ModelValidator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * {@code mdecomp import traces}: reads trace files (Zipkin v2, Jaeger or OTLP JSON, optionally
 * gzip-compressed) as streams, assembles traces in a bounded window ({@link TraceWindow}), adds
 * each to the statistics ({@link TraceAnalysis}), and turns them into a model
 * ({@link ModelAssembly}, or {@link ModelCalibration} with {@code --into}), a workload
 * ({@link WorkloadEstimate}) and a report. Memory is bounded by the window, the samples kept per
 * endpoint and route, and the largest trace (Jaeger) or resource batch (OTLP) of a file, not by the
 * length of the files.
 *
 * <p>Every problem of every file is collected before anything is returned: JSON syntax errors and
 * files that are not of the format stop their file; malformed spans are errors unless
 * {@code skipBad}, when they become warnings in the report. Either way nothing partial is
 * returned: the model is built only when the whole input was read.
 */
public final class TraceImporter {

    /** Malformed spans listed one by one; the rest are counted. */
    public static final int LISTED_PROBLEMS = 100;

    private final JsonFactory json = JsonFactory.builder().build();

    /** Imports {@code files}; throws {@link InputException} with every problem found. */
    public TraceImport importFiles(List<Path> files, TraceImportOptions options) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no trace files given");
        }
        List<Diagnostic> fatal = new ArrayList<>();
        for (Path file : files) {
            checkReadable(file).ifPresent(fatal::add);
        }
        if (!fatal.isEmpty()) {
            throw new InputException(fatal);
        }
        TraceStatistics stats = new TraceStatistics();
        TraceAnalysis analysis = new TraceAnalysis(stats);
        TraceWindow window = new TraceWindow(options.windowSpans(), analysis::analyze);
        SpanCollector collector = new SpanCollector(window, options.skipBad());
        SpanDraft.Ids ids = new SpanDraft.Ids();
        for (Path file : files) {
            readFile(file, options, collector, ids).ifPresent(fatal::add);
        }
        window.finish();
        List<Diagnostic> spanProblems = collector.problems();
        if (!fatal.isEmpty() || (!options.skipBad() && collector.malformed() > 0)) {
            fatal.addAll(spanProblems);
            throw new InputException(fatal);
        }
        if (stats.endpoints.isEmpty()) {
            SourceLocation at = SourceLocation.startOf(files.get(0).toString());
            throw new InputException(Diagnostic.error(at, "empty", stats.spans == 0
                    ? "the files hold no spans" + otherFormat(files.get(0), options.format())
                            .map(other -> " when read as " + options.format().get().cliName() + " JSON, but "
                                    + files.get(0) + " starts like " + other.cliName() + " JSON; give --format "
                                    + other.cliName() + ", or leave --format out to recognise each file's format")
                            .orElse("; give Zipkin, Jaeger or OTLP JSON with at least one trace")
                    : "none of the " + stats.spans + " spans is a server or consumer span, so no endpoint"
                            + " can be recognised; are the services instrumented on the receiving side?"));
        }
        Observed observed = Summarizer.summarize(stats);
        DomainModel model;
        Optional<TraceReport.MergeReport> merge = Optional.empty();
        WorkloadEstimate workload;
        if (options.into().isPresent()) {
            ModelCalibration.Result calibration = ModelCalibration.calibrate(options.into().get(), observed);
            model = calibration.model();
            workload = WorkloadEstimate.into(observed, calibration);
            merge = Optional.of(workload.withLeftOut(calibration.report()));
        } else {
            ModelAssembly.Result assembly = ModelAssembly.assemble(options.system(), observed);
            model = assembly.model();
            workload = WorkloadEstimate.fresh(observed, assembly);
        }
        List<Diagnostic> invalid = ModelValidator.validate(model).stream().filter(Diagnostic::isError).toList();
        if (!invalid.isEmpty()) {
            throw new IllegalStateException("the imported model is not valid: " + invalid);
        }
        Optional<ImportedWorkload> scenario = options.workload()
                ? Optional.of(workload.build(options.sampling(), fileNames(files), files.get(0)))
                : Optional.empty();
        TraceReport report = new TraceReport(new TraceReport.Counts(files.size(), stats.spans, collector.malformed(),
                stats.traces, stats.duplicates, stats.orphans, window.splitTraces(), stats.consumerRoots,
                stats.rootsWithoutEndpoint, stats.negativeRoundTrips), spanProblems, ReportAssembly.endpoints(observed),
                ReportAssembly.calls(observed), ReportAssembly.events(observed, stats), ReportAssembly.routes(observed),
                observed.network(), ReportAssembly.peers(stats), merge);
        return new TraceImport(model, scenario, report);
    }

    /** The format {@code file} starts like, when {@code given} is set and it is another one. */
    private Optional<TraceFormat> otherFormat(Path file, Optional<TraceFormat> given) {
        if (given.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser parser = json.createParser(open(file))) {
            return TraceFormat.detect(parser).filter(detected -> detected != given.get());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String fileNames(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            // On one line: the names go into the scenario file's first comment.
            names.add(String.valueOf(file.getFileName()).replaceAll("\\p{Cntrl}", "?"));
        }
        return String.join(", ", names);
    }

    private static Optional<Diagnostic> checkReadable(Path file) {
        SourceLocation at = SourceLocation.startOf(file.toString());
        if (Files.isDirectory(file)) {
            return Optional.of(Diagnostic.error(at, "io", "is a directory; give trace files (JSON)"));
        }
        if (!Files.exists(file)) {
            return Optional.of(Diagnostic.error(at, "io", "no such file"));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(Diagnostic.error(at, "io", "cannot be read (permissions?)"));
        }
        return Optional.empty();
    }

    private Optional<Diagnostic> readFile(Path file, TraceImportOptions options, SpanCollector collector,
                                          SpanDraft.Ids ids) {
        String name = file.toString();
        try {
            TraceFormat format;
            if (options.format().isPresent()) {
                format = options.format().get();
            } else {
                try (JsonParser parser = json.createParser(open(file))) {
                    Optional<TraceFormat> detected = TraceFormat.detect(parser);
                    if (detected.isEmpty()) {
                        return Optional.of(Diagnostic.error(SourceLocation.startOf(name), "format",
                                "not recognisable as Zipkin, Jaeger or OTLP JSON; say which with --format"));
                    }
                    format = detected.get();
                }
            }
            try (JsonParser parser = json.createParser(open(file))) {
                format.reader().read(new ReadContext(parser, name, ids, collector));
            }
            return Optional.empty();
        } catch (InputException e) {
            return Optional.of(e.diagnostics().get(0));
        } catch (JsonProcessingException e) {
            return Optional.of(Diagnostic.error(location(name, e.getLocation()), "syntax",
                    "invalid JSON: " + ParserMessages.plain(e.getOriginalMessage())));
        } catch (NoSuchFileException e) {
            return Optional.of(Diagnostic.error(SourceLocation.startOf(name), "io", "no such file"));
        } catch (AccessDeniedException e) {
            return Optional.of(Diagnostic.error(SourceLocation.startOf(name), "io", "cannot be read (permissions?)"));
        } catch (IOException e) {
            return Optional.of(Diagnostic.error(SourceLocation.startOf(name), "io", "cannot read the file: "
                    + e.getMessage()));
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (String.valueOf(file.getFileName()).endsWith(".gz")) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    private static SourceLocation location(String file, JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return SourceLocation.startOf(file);
        }
        return new SourceLocation(file, at.getLineNr(), Math.max(1, at.getColumnNr()));
    }
}
