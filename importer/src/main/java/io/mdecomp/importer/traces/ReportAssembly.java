package io.mdecomp.importer.traces;

import io.mdecomp.importer.traces.Observed.ObservedCall;
import io.mdecomp.importer.traces.Observed.ObservedEndpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The report's lists, from the summary: endpoints, calls, events, routes and uninstrumented peers. */
final class ReportAssembly {

    private ReportAssembly() {
    }

    static List<TraceReport.EndpointReport> endpoints(Observed observed) {
        List<TraceReport.EndpointReport> result = new ArrayList<>();
        for (ObservedEndpoint e : observed.endpoints().values()) {
            result.add(new TraceReport.EndpointReport(e.key().service(), e.name(), e.key().route(), e.source(),
                    e.requests(), e.errors(), e.ownErrors(), e.fit()));
        }
        return result;
    }

    static List<TraceReport.CallReport> calls(Observed observed) {
        List<TraceReport.CallReport> result = new ArrayList<>();
        for (ObservedEndpoint e : observed.endpoints().values()) {
            for (ObservedCall call : e.calls()) {
                ObservedEndpoint callee = observed.endpoints().get(call.callee());
                result.add(new TraceReport.CallReport(name(e), name(callee), call.perRequest(), call.standardError(),
                        call.share(), call.parallel(), call.errors()));
            }
        }
        return result;
    }

    static List<TraceReport.EventReport> events(Observed observed, TraceStatistics stats) {
        Map<String, List<String>> publishers = new TreeMap<>();
        for (ObservedEndpoint e : observed.endpoints().values()) {
            e.publishes().forEach((event, share) -> publishers.computeIfAbsent(event, x -> new ArrayList<>())
                    .add(name(e) + String.format(Locale.ROOT, " (%.4g of requests)", share)));
        }
        Map<String, List<String>> consumers = new TreeMap<>();
        stats.consumers.forEach((event, keys) -> {
            List<String> names = consumers.computeIfAbsent(event, x -> new ArrayList<>());
            keys.forEach(k -> names.add(name(observed.endpoints().get(k))));
        });
        Set<String> events = new java.util.TreeSet<>(publishers.keySet());
        events.addAll(consumers.keySet());
        List<TraceReport.EventReport> result = new ArrayList<>();
        for (String event : events) {
            result.add(new TraceReport.EventReport(event, publishers.getOrDefault(event, List.of()),
                    consumers.getOrDefault(event, List.of())));
        }
        return result;
    }

    static List<TraceReport.RouteReport> routes(Observed observed) {
        List<TraceReport.RouteReport> result = new ArrayList<>(observed.routes().values());
        result.sort(Comparator.comparingLong(TraceReport.RouteReport::requests).reversed()
                .thenComparing(TraceReport.RouteReport::service).thenComparing(TraceReport.RouteReport::route));
        return result;
    }

    static List<TraceReport.PeerCount> peers(TraceStatistics stats) {
        List<TraceReport.PeerCount> result = new ArrayList<>();
        new TreeMap<>(stats.uninstrumented).forEach((edge, count) -> result.add(new TraceReport.PeerCount(edge, count)));
        return result;
    }

    private static String name(ObservedEndpoint endpoint) {
        return endpoint.key().service() + "." + endpoint.name();
    }
}
