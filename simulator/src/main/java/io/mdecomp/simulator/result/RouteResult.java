package io.mdecomp.simulator.result;

import java.util.SortedMap;

/**
 * One gateway route: requests after the warm-up, outcomes, throughput of successful requests
 * per second of measured time, latency and failures by root cause.
 */
public record RouteResult(String route, long requests, long ok, long failed, double throughput,
                          LatencySummary latencyMs, SortedMap<String, Long> errors) {

    public RouteResult {
        errors = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(errors));
    }
}
