package io.mdecomp.importer.traces;

import io.mdecomp.importer.traces.Observed.ObservedEndpoint;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The workload the traces show, in terms of the written model. Arrivals: the n root requests
 * (roots with a server span below them) started between t₁ and tₙ, so the Poisson rate estimate is
 * (n − 1)/(tₙ − t₁), divided by the sampling share when the files hold only a sample of the traces;
 * with {@code --into}, only the requests whose entry endpoint is in the model count (the rate is
 * scaled by their share) and the others are listed. Own failures per service: failed requests
 * without a failed call below, over all its requests.
 */
final class WorkloadEstimate {

    private final Observed observed;
    private final Map<String, Long> mix = new TreeMap<>();
    private final Map<String, long[]> failures = new TreeMap<>();
    private final List<String> leftOut = new ArrayList<>();
    private long matched;

    private WorkloadEstimate(Observed observed, Function<EndpointKey, String> route, Function<String, String> service) {
        this.observed = observed;
        for (Map.Entry<EndpointKey, TraceReport.RouteReport> entry : observed.routes().entrySet()) {
            long requests = entry.getValue().requests();
            String modelRoute = route.apply(entry.getKey());
            if (modelRoute == null) {
                leftOut.add("route " + entry.getKey() + " (" + Names.plural(requests, "request")
                        + "; left out of the scenario)");
            } else {
                mix.merge(modelRoute, requests, Long::sum);
                matched += requests;
            }
        }
        for (ObservedEndpoint endpoint : observed.endpoints().values()) {
            String name = service.apply(endpoint.key().service());
            if (name != null) {
                long[] counts = failures.computeIfAbsent(name, s -> new long[2]);
                counts[0] += endpoint.ownErrors();
                counts[1] += endpoint.requests();
            }
        }
    }

    static WorkloadEstimate fresh(Observed observed, ModelAssembly.Result assembly) {
        return new WorkloadEstimate(observed, EndpointKey::route, assembly.services()::get);
    }

    static WorkloadEstimate into(Observed observed, ModelCalibration.Result calibration) {
        return new WorkloadEstimate(observed, calibration.routes()::get, calibration.services()::get);
    }

    /** The merge report with the routes left out of the scenario added to what the model lacks. */
    TraceReport.MergeReport withLeftOut(TraceReport.MergeReport report) {
        List<String> notInModel = new ArrayList<>(report.notInModel());
        notInModel.addAll(leftOut);
        notInModel.sort(Comparator.naturalOrder());
        return new TraceReport.MergeReport(report.calibrated(), notInModel, report.notInTraces());
    }

    /** The workload; throws when the traces cannot give an arrival rate. */
    ImportedWorkload build(double sampling, String files, Path firstFile) {
        Observed.Arrivals arrivals = observed.arrivals();
        double seconds = arrivals.spanSeconds();
        if (matched < 2 || !(seconds > 0)) {
            String why = matched < 2 ? "the traces hold " + Names.plural(matched, "request") + " entering " + (observed.routes().isEmpty() ? "at a server span" : "at a route of the model")
                    : "all requests started at the same instant";
            throw new InputException(Diagnostic.error(SourceLocation.startOf(firstFile.toString()), "workload",
                    "cannot estimate an arrival rate for --scenarios-out: " + why
                            + "; it needs at least two root requests at different times"));
        }
        double rate = (arrivals.count() - 1) / seconds / sampling * ((double) matched / arrivals.count());
        if (!Double.isFinite(rate)) {
            throw new InputException(Diagnostic.error(SourceLocation.startOf(firstFile.toString()), "workload",
                    "cannot write an arrival rate for --scenarios-out: " + Names.plural(arrivals.count(), "request")
                            + " over " + ScenarioText.plain(seconds) + " s, sampled at " + sampling
                            + ", is more than any number; give --sampling as the share of all traces the files hold"));
        }
        List<ImportedWorkload.RouteWeight> routes = new ArrayList<>();
        mix.forEach((route, weight) -> routes.add(new ImportedWorkload.RouteWeight(route, weight)));
        routes.sort(Comparator.comparingLong(ImportedWorkload.RouteWeight::weight).reversed()
                .thenComparing(ImportedWorkload.RouteWeight::route));
        List<ImportedWorkload.ServiceFailure> own = new ArrayList<>();
        failures.forEach((service, counts) -> {
            if (counts[0] > 0) {
                own.add(new ImportedWorkload.ServiceFailure(service, Math.round((double) counts[0] / counts[1] * 1e6) / 1e6));
            }
        });
        long duration = Math.max(1, (long) Math.ceil(seconds));
        String summary = String.format(Locale.ROOT, "imported by mdecomp import traces from %s: %d requests over %.1f s",
                files, matched, seconds) + (sampling < 1 ? ", sampled at " + ScenarioText.plain(sampling) : "");
        return new ImportedWorkload(rate, duration, routes, observed.networkLatency(), own, summary);
    }
}
