package io.mdecomp.cli.render;

import io.mdecomp.importer.traces.DistributionFit;
import io.mdecomp.importer.traces.TraceImport;
import io.mdecomp.importer.traces.TraceReport;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.distribution.Distribution;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code import traces} found, as text for standard error: counts, endpoints with their
 * service-time fit and its goodness, call edges with their standard errors, routes, network
 * latency, uninstrumented peers, skipped spans, and what {@code --into} calibrated or left alone.
 */
public final class TraceImportText {

    private static final Ansi PLAIN = new Ansi(false);

    private TraceImportText() {
    }

    /** The file names, comma-separated, without directories. */
    public static String fileNames(List<Path> files) {
        List<String> names = new ArrayList<>();
        // On one line: the names go into a YAML comment.
        files.forEach(f -> names.add(String.valueOf(f.getFileName()).replaceAll("\\p{Cntrl}", "?")));
        return String.join(", ", names);
    }

    public static void write(TraceImport result, PrintWriter err) {
        TraceReport report = result.report();
        TraceReport.Counts counts = report.counts();
        long services = report.endpoints().stream().map(TraceReport.EndpointReport::service).distinct().count();
        err.println("read " + Words.count(counts.spans(), "span") + " in " + Words.count(counts.traces(), "trace")
                + " from " + Words.count(counts.files(), "file") + ": " + Words.count(services, "service") + ", "
                + Words.count(report.endpoints().size(), "endpoint") + ", "
                + Words.count(report.calls().size(), "call edge") + ", " + Words.count(report.events().size(), "event"));
        for (Diagnostic skipped : report.skipped()) {
            err.println(skipped.format());
        }
        endpoints(report, err);
        calls(report, err);
        routes(report, err);
        report.network().ifPresent(n -> err.println("network: one-way " + describe(n.oneWay()) + ", from "
                + Words.count(n.pairs(), "client/server span pair") + " (mean round trip " + ms(n.meanRoundTripMs()) + " ms)"));
        if (!report.uninstrumented().isEmpty()) {
            err.println("calls to peers without spans (their time stays in the caller's service time):");
            report.uninstrumented().forEach(p -> err.println("  " + p.edge() + ": " + p.spans() + " client spans"));
        }
        notes(counts, err);
        report.merge().ifPresent(merge -> {
            list(err, "calibrated", merge.calibrated());
            list(err, "in the traces, not in the model", merge.notInModel());
            list(err, "in the model, not in the traces", merge.notInTraces());
        });
    }

    private static void endpoints(TraceReport report, PrintWriter err) {
        Table table = new Table(List.of("SERVICE", "ENDPOINT", "ROUTE", "REQUESTS", "FAILED", "OWN", "MEAN MS",
                "SERVICE TIME"), List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT, Table.Align.RIGHT,
                Table.Align.RIGHT, Table.Align.RIGHT, Table.Align.RIGHT, Table.Align.LEFT));
        for (TraceReport.EndpointReport e : report.endpoints()) {
            DistributionFit fit = e.serviceTime();
            table.row(List.of(e.service(), e.name(), e.route(), Long.toString(e.requests()), Long.toString(e.errors()),
                    Long.toString(e.ownErrors()), ms(fit.meanSeconds() * 1000), fit.summary()));
        }
        err.println("endpoints (service time: own work, without the time of instrumented calls):");
        table.lines("  ", PLAIN).forEach(err::println);
    }

    private static void calls(TraceReport report, PrintWriter err) {
        if (report.calls().isEmpty()) {
            return;
        }
        Table table = new Table(List.of("CALLER", "CALLEE", "PER REQUEST", "±SE", "SHARE", "PARALLEL", "FAILED"),
                List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT, Table.Align.RIGHT,
                        Table.Align.LEFT, Table.Align.RIGHT));
        for (TraceReport.CallReport c : report.calls()) {
            table.row(List.of(c.caller(), c.callee(), num(c.perRequest()), num(c.standardError()), num(c.share()),
                    c.parallel() ? "yes" : "", Long.toString(c.errors())));
        }
        err.println("calls (mean per request of the caller, its standard error, share of requests with the call):");
        table.lines("  ", PLAIN).forEach(err::println);
    }

    private static void routes(TraceReport report, PrintWriter err) {
        if (report.routes().isEmpty()) {
            return;
        }
        Table table = new Table(List.of("ROUTE", "SERVICE", "REQUESTS", "FAILED", "MEAN MS", "P99 MS"),
                List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT, Table.Align.RIGHT,
                        Table.Align.RIGHT));
        for (TraceReport.RouteReport r : report.routes()) {
            table.row(List.of(r.route(), r.service(), Long.toString(r.requests()), Long.toString(r.errors()),
                    ms(r.meanMs()), ms(r.p99Ms())));
        }
        err.println("routes (requests entering the system, as their first server span saw them):");
        table.lines("  ", PLAIN).forEach(err::println);
    }

    private static void notes(TraceReport.Counts counts, PrintWriter err) {
        List<String> notes = new ArrayList<>();
        note(notes, counts.malformed(), "malformed span skipped", "malformed spans skipped");
        note(notes, counts.duplicates(), "duplicate span counted once", "duplicate spans counted once");
        note(notes, counts.orphans(), "span whose parent is not in the input", "spans whose parent is not in the input");
        note(notes, counts.splitTraces(), "trace split by the window (its spans lay far apart; see --window)",
                "traces split by the window (their spans lay far apart; see --window)");
        note(notes, counts.consumerRoots(), "trace started by a message consumer (not counted as an arrival)",
                "traces started by a message consumer (not counted as arrivals)");
        note(notes, counts.rootsWithoutEndpoint(), "trace without a server span (not counted as an arrival)",
                "traces without a server span (not counted as arrivals)");
        note(notes, counts.negativeRoundTrips(), "client span shorter than its server span (left out of the network fit)",
                "client spans shorter than their server span (left out of the network fit)");
        if (!notes.isEmpty()) {
            err.println("notes: " + String.join("; ", notes));
        }
    }

    private static void note(List<String> notes, long count, String one, String many) {
        if (count > 0) {
            notes.add(Words.count(count, one, many));
        }
    }

    private static void list(PrintWriter err, String title, List<String> items) {
        if (!items.isEmpty()) {
            err.println(title + ":");
            items.forEach(item -> err.println("  " + item));
        }
    }

    private static String describe(Distribution distribution) {
        return distribution.kind() + " with mean " + ms(distribution.meanSeconds() * 1000) + " ms"
                + (distribution.variance() > 0 ? ", cv " + num(Math.sqrt(distribution.scv())) : "");
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
