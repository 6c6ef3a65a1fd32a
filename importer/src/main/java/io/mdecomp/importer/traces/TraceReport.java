package io.mdecomp.importer.traces;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.distribution.Distribution;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import found and decided, for users to check: how many spans and traces were read and
 * which could not be used, each endpoint with its fitted service time, each call edge with its
 * estimate and standard error, the events, the routes that received requests, the network fit,
 * and, for {@code --into}, what was calibrated and what was left as it was.
 *
 * @param counts     spans and traces read, and those that could not be placed
 * @param skipped    the malformed spans left out under {@code --skip-bad} (at most
 *                   {@value TraceImporter#LISTED_PROBLEMS} listed; {@link Counts#malformed} has them all)
 * @param endpoints  endpoints by service and path
 * @param calls      call edges by caller and callee
 * @param events     events by name
 * @param routes     entry routes by request count, most first
 * @param network    the one-way network latency, when client and server spans could be paired
 * @param uninstrumented calls to peers that recorded no span ({@code caller -> peer}) and their count
 * @param merge      what {@code --into} did, when it was used
 */
public record TraceReport(Counts counts, List<Diagnostic> skipped, List<EndpointReport> endpoints,
                          List<CallReport> calls, List<EventReport> events, List<RouteReport> routes,
                          Optional<NetworkReport> network, List<PeerCount> uninstrumented, Optional<MergeReport> merge) {

    public TraceReport {
        Objects.requireNonNull(counts, "counts");
        skipped = List.copyOf(skipped);
        endpoints = List.copyOf(endpoints);
        calls = List.copyOf(calls);
        events = List.copyOf(events);
        routes = List.copyOf(routes);
        Objects.requireNonNull(network, "network");
        uninstrumented = List.copyOf(uninstrumented);
        Objects.requireNonNull(merge, "merge");
    }

    /**
     * @param files                 trace files read
     * @param spans                 spans read and used
     * @param malformed             spans that were malformed (only possible with {@code --skip-bad})
     * @param traces                traces (and trace fragments) analysed
     * @param duplicates            spans seen twice (same id, kind and service), counted once
     * @param orphans               spans whose parent is not in the input
     * @param splitTraces           traces whose spans lay further apart than the window, analysed in fragments
     * @param consumerRoots         traces started by a message consumer (not counted as arrivals)
     * @param rootsWithoutEndpoint  traces whose root has no server span below it
     * @param negativeRoundTrips    client spans shorter than their server span (left out of the network fit)
     */
    public record Counts(int files, long spans, long malformed, long traces, long duplicates, long orphans,
                         long splitTraces, long consumerRoots, long rootsWithoutEndpoint, long negativeRoundTrips) {
    }

    /**
     * One endpoint seen in the traces.
     *
     * @param service     its service
     * @param name        its name in the written model
     * @param route       {@code METHOD /path}
     * @param source      how it was recognised
     * @param requests    receiving spans
     * @param errors      receiving spans marked as failed
     * @param ownErrors   failed without a failed call below: the endpoint's own failures
     * @param serviceTime the fit of its self time
     */
    public record EndpointReport(String service, String name, String route, EndpointSource source, long requests,
                                 long errors, long ownErrors, DistributionFit serviceTime) {
    }

    /**
     * A call edge.
     *
     * @param caller         {@code Service.endpoint}
     * @param callee         {@code Service.endpoint}
     * @param perRequest     mean calls per request of the caller
     * @param standardError  the standard error of that mean
     * @param share          the share of the caller's requests that made at least one such call
     * @param parallel       true when such calls mostly overlapped an earlier call of the same request
     * @param errors         calls that failed
     */
    public record CallReport(String caller, String callee, double perRequest, double standardError, double share,
                             boolean parallel, long errors) {
    }

    /**
     * An event.
     *
     * @param event      its name (the topic)
     * @param publishers {@code Service.endpoint} and the share of its requests that published it
     * @param consumers  {@code Service.endpoint} of its consumers
     */
    public record EventReport(String event, List<String> publishers, List<String> consumers) {
        public EventReport {
            publishers = List.copyOf(publishers);
            consumers = List.copyOf(consumers);
        }
    }

    /**
     * Requests that entered at one route, as their entry span saw them.
     *
     * @param service  the service that answered
     * @param route    {@code METHOD /path}
     * @param requests how many
     * @param errors   how many failed
     * @param meanMs   mean latency, ms
     * @param p99Ms    99th percentile, ms
     */
    public record RouteReport(String service, String route, long requests, long errors, double meanMs, double p99Ms) {
    }

    /**
     * @param pairs          client/server span pairs measured
     * @param meanRoundTripMs mean of client minus server duration (two legs), ms
     * @param oneWay         the one-way latency written to the scenario
     */
    public record NetworkReport(long pairs, double meanRoundTripMs, Distribution oneWay) {
    }

    /** Client spans from a service to a peer that recorded nothing; their time stays in the caller's service time. */
    public record PeerCount(String edge, long spans) {
    }

    /**
     * What {@code --into} did to the model.
     *
     * @param calibrated  endpoints whose service time, calls or deployment now come from the traces
     * @param notInModel  what the traces show that the model lacks (services, endpoints, calls, events)
     * @param notInTraces what the model has that the traces never showed
     */
    public record MergeReport(List<String> calibrated, List<String> notInModel, List<String> notInTraces) {
        public MergeReport {
            calibrated = List.copyOf(calibrated);
            notInModel = List.copyOf(notInModel);
            notInTraces = List.copyOf(notInTraces);
        }
    }
}
