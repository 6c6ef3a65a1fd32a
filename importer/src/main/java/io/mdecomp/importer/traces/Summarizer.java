package io.mdecomp.importer.traces;

import io.mdecomp.importer.traces.Observed.ObservedCall;
import io.mdecomp.importer.traces.Observed.ObservedEndpoint;
import io.mdecomp.importer.traces.TraceStatistics.CallStats;
import io.mdecomp.importer.traces.TraceStatistics.EndpointStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns counters into estimates: endpoint names unique per service, fitted service times, mean
 * calls per request with their standard errors (σ/√n over all requests of the caller, those
 * without the call counting zero), the order of calls (by the mean position of their first
 * occurrence), parallel groups (calls that overlapped an earlier call in more than half of the
 * cases), publish shares, route latencies and the network fit.
 */
final class Summarizer {

    private Summarizer() {
    }

    static Observed summarize(TraceStatistics stats) {
        SortedMap<EndpointKey, String> names = names(stats);
        SortedMap<EndpointKey, ObservedEndpoint> endpoints = new TreeMap<>();
        for (Map.Entry<EndpointKey, String> entry : names.entrySet()) {
            EndpointStats e = stats.endpoints.get(entry.getKey());
            endpoints.put(entry.getKey(), new ObservedEndpoint(entry.getKey(), entry.getValue(), e.recognized.source(),
                    e.requests, e.errors, e.ownErrors,
                    DistributionFitter.fit(e.selfTime.sorted(), e.selfTime.count(), e.selfTime.mean()), calls(e),
                    publishes(e), e.consumes));
        }
        SortedMap<String, Integer> instances = new TreeMap<>();
        stats.instances.forEach((service, set) -> instances.put(service, set.size()));
        SortedMap<EndpointKey, TraceReport.RouteReport> routes = new TreeMap<>();
        long arrivals = 0;
        for (Map.Entry<EndpointKey, TraceStatistics.RouteStats> entry : stats.routes.entrySet()) {
            TraceStatistics.RouteStats r = entry.getValue();
            double[] sorted = r.latency.sorted();
            routes.put(entry.getKey(), new TraceReport.RouteReport(entry.getKey().service(), entry.getKey().route(),
                    r.latency.count(), r.errors, r.latency.mean() * 1000,
                    DistributionFitter.quantile(sorted, 0.99) * 1000));
            arrivals += r.latency.count();
        }
        Optional<TraceReport.NetworkReport> network = Optional.empty();
        if (stats.roundTrips.count() > 0) {
            network = Optional.of(new TraceReport.NetworkReport(stats.roundTrips.count(), stats.roundTrips.mean() * 1000,
                    DistributionFitter.oneWay(stats.roundTrips.sorted())));
        }
        return new Observed(endpoints, instances, routes, network,
                new Observed.Arrivals(arrivals, stats.firstArrivalNanos, stats.lastArrivalNanos));
    }

    /**
     * Each endpoint's name, made unique within its service by a number where two would clash, and
     * no longer than the model allows.
     */
    private static SortedMap<EndpointKey, String> names(TraceStatistics stats) {
        SortedMap<EndpointKey, String> names = new TreeMap<>();
        Map<String, Set<String>> taken = new TreeMap<>();
        for (EndpointKey key : new TreeMap<>(stats.endpoints).keySet()) {
            String base = stats.endpoints.get(key).recognized.name();
            Set<String> used = taken.computeIfAbsent(key.service(), s -> new HashSet<>());
            String name = Names.fitted(base, "");
            for (int n = 2; !used.add(name); n++) {
                name = Names.fitted(base, String.valueOf(n));
            }
            names.put(key, name);
        }
        return names;
    }

    private static List<ObservedCall> calls(EndpointStats e) {
        List<Map.Entry<EndpointKey, CallStats>> edges = new ArrayList<>(e.calls.entrySet());
        edges.sort(Comparator.<Map.Entry<EndpointKey, CallStats>>comparingDouble(
                entry -> (double) entry.getValue().rankSum / entry.getValue().parents).thenComparing(Map.Entry::getKey));
        List<ObservedCall> calls = new ArrayList<>();
        double n = e.requests;
        for (Map.Entry<EndpointKey, CallStats> entry : edges) {
            CallStats c = entry.getValue();
            double mean = c.calls / n;
            double meanSquare = c.sumSquares / n;
            double standardError = Math.sqrt(Math.max(0, meanSquare - mean * mean) / n);
            calls.add(new ObservedCall(entry.getKey(), mean, standardError, c.parents / n, 2 * c.overlapping > c.calls,
                    c.errors));
        }
        return calls;
    }

    private static SortedMap<String, Double> publishes(EndpointStats e) {
        SortedMap<String, Double> shares = new TreeMap<>();
        e.publishes.forEach((event, count) -> shares.put(event, (double) count / e.requests));
        return shares;
    }
}
