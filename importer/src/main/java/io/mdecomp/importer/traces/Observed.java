package io.mdecomp.importer.traces;

import io.mdecomp.model.distribution.Distribution;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The traces summarised: what the model and the scenario are made from, with estimates instead
 * of counters. Built once by {@link Summarizer}; read by the model assembly, the calibration of
 * an existing model and the report.
 *
 * @param endpoints   by key, in key order
 * @param instances   distinct instances per service that named them
 * @param routes      entry endpoints by key: requests, errors and latency
 * @param network     one-way latency, when client/server pairs were seen
 * @param arrivals    the entry requests and the time they spanned
 */
record Observed(SortedMap<EndpointKey, ObservedEndpoint> endpoints, Map<String, Integer> instances,
                SortedMap<EndpointKey, TraceReport.RouteReport> routes, Optional<TraceReport.NetworkReport> network,
                Arrivals arrivals) {

    /**
     * @param key        service, method, path
     * @param name       unique in its service
     * @param source     how it was recognised
     * @param requests   receiving spans
     * @param errors     failed ones
     * @param ownErrors  failed with no failed call below
     * @param fit        the service time
     * @param calls      in the order requests made them
     * @param publishes  events and the share of requests that published each, by name
     * @param consumes   the topic a message endpoint consumes, or {@code ""}
     */
    record ObservedEndpoint(EndpointKey key, String name, EndpointSource source, long requests, long errors,
                            long ownErrors, DistributionFit fit, List<ObservedCall> calls,
                            SortedMap<String, Double> publishes, String consumes) {
    }

    /**
     * @param callee        the endpoint called
     * @param perRequest    mean calls per request of the caller
     * @param standardError of that mean
     * @param share         requests with at least one such call
     * @param parallel      such calls overlapped an earlier call of the request in most cases
     * @param errors        failed calls
     */
    record ObservedCall(EndpointKey callee, double perRequest, double standardError, double share, boolean parallel,
                        long errors) {
    }

    /**
     * @param count      entry requests (root spans with a server span)
     * @param firstNanos the first one's start, epoch nanoseconds
     * @param lastNanos  the last one's start
     */
    record Arrivals(long count, long firstNanos, long lastNanos) {

        double spanSeconds() {
            return count == 0 ? 0 : (lastNanos - firstNanos) / 1e9;
        }
    }

    /** The distribution of the network, if observed. */
    Optional<Distribution> networkLatency() {
        return network.map(TraceReport.NetworkReport::oneWay);
    }
}
