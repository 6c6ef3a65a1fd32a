package io.mdecomp.importer.traces;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the traces add up to, kept in bounded memory: per endpoint and per call edge counters and
 * samples, per route the root requests, per service its instances, the network samples, and the
 * counts of spans that could not be placed. Filled by {@link TraceAnalysis}, one trace at a time.
 */
final class TraceStatistics {

    /** Samples kept per endpoint's service time and per route's latency. */
    static final int SAMPLES = 8192;
    /** Distinct instances remembered per service. */
    static final int MAX_INSTANCES = 10_000;
    /** Distinct caller-to-peer edges of uninstrumented calls counted apart. */
    static final int MAX_PEERS = 1000;
    /** Producer spans remembered for consumers that link to them from another trace. */
    static final int RECENT_PRODUCERS = 100_000;

    final Map<EndpointKey, EndpointStats> endpoints = new HashMap<>();
    final Map<EndpointKey, RouteStats> routes = new HashMap<>();
    final Map<String, Set<String>> instances = new HashMap<>();
    final Map<String, Set<EndpointKey>> consumers = new HashMap<>();
    final Map<String, Long> uninstrumented = new HashMap<>();
    /** Client span duration minus its server span's: two network legs per sample. */
    final Reservoir roundTrips = new Reservoir(SAMPLES * 2, 0x6e6574L);
    final Map<String, Published> recentProducers = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Published> eldest) {
            return size() > RECENT_PRODUCERS;
        }
    };
    long spans;
    long traces;
    long orphans;
    long duplicates;
    long consumerRoots;
    long rootsWithoutEndpoint;
    long negativeRoundTrips;
    long firstArrivalNanos = Long.MAX_VALUE;
    long lastArrivalNanos = Long.MIN_VALUE;

    EndpointStats endpoint(Recognized recognized) {
        return endpoints.computeIfAbsent(recognized.key(), k -> new EndpointStats(recognized));
    }

    RouteStats route(EndpointKey key) {
        return routes.computeIfAbsent(key, RouteStats::new);
    }

    void instance(String service, String instance) {
        if (!instance.isEmpty()) {
            Set<String> known = instances.computeIfAbsent(service, s -> new HashSet<>());
            if (known.size() < MAX_INSTANCES) {
                known.add(instance);
            }
        }
    }

    /** Counts a call to a peer that recorded no span; past {@value #MAX_PEERS} edges, new peers are counted together. */
    void uninstrumented(String service, String peer) {
        String edge = service + " -> " + peer;
        if (!uninstrumented.containsKey(edge) && uninstrumented.size() >= MAX_PEERS) {
            edge = service + " -> (other peers)";
        }
        uninstrumented.merge(edge, 1L, Long::sum);
    }

    void arrival(long startNanos) {
        firstArrivalNanos = Math.min(firstArrivalNanos, startNanos);
        lastArrivalNanos = Math.max(lastArrivalNanos, startNanos);
    }

    /** A producer span, remembered by trace and span id, and the endpoint that published. */
    record Published(EndpointKey publisher, String event) {
    }

    /** Counters and samples of one endpoint. */
    static final class EndpointStats {
        final Recognized recognized;
        final Reservoir selfTime;
        final Map<EndpointKey, CallStats> calls = new HashMap<>();
        final Map<String, Long> publishes = new HashMap<>();
        String consumes = "";
        long requests;
        long errors;
        long ownErrors;

        EndpointStats(Recognized recognized) {
            this.recognized = recognized;
            this.selfTime = new Reservoir(SAMPLES, recognized.key().toString().hashCode());
        }

        CallStats call(EndpointKey callee) {
            return calls.computeIfAbsent(callee, k -> new CallStats());
        }
    }

    /**
     * One edge from an endpoint to a callee endpoint: calls in all, parents that made at least
     * one, the sum of squared calls per parent (for the standard error of the mean), the sum of
     * the positions at which the callee was first called, calls that overlapped an earlier call of
     * the same parent, and calls that failed.
     */
    static final class CallStats {
        long calls;
        long parents;
        long sumSquares;
        long rankSum;
        long overlapping;
        long errors;
    }

    /** Requests that entered the system at one endpoint, and their latency as the entry span saw it. */
    static final class RouteStats {
        final Reservoir latency;
        long errors;

        RouteStats(EndpointKey key) {
            this.latency = new Reservoir(SAMPLES, key.toString().hashCode() * 31L + 7);
        }
    }
}
