package io.mdecomp.simulator.result;

import io.mdecomp.simulator.component.ErrorCause;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One gateway route: requests after the warm-up, outcomes, throughput of successful requests
 * per second of measured time, latency and failures by root cause, and the latency distribution
 * of its successful requests as a compact CDF: the latency at each of {@link #CDF_PERCENTILES}
 * in that order (empty when the route had no successful request, or when built without one), and
 * the latency of its failed requests apart ({@code failedLatencyMs}: zeros without one).
 */
public record RouteResult(String route, long requests, long ok, long failed, double throughput,
                          LatencySummary latencyMs, SortedMap<ErrorCause, Long> errors, List<CdfPoint> latencyCdf,
                          LatencySummary failedLatencyMs) {

    /**
     * The percentiles of the compact CDF: dense in the tail, where latency distributions differ
     * most (36 points, from the minimum at 0 to the maximum at 100).
     */
    public static final List<Double> CDF_PERCENTILES = List.of(0.0, 1.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0,
            40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 90.0, 92.0, 94.0, 95.0, 96.0, 97.0, 98.0,
            98.5, 99.0, 99.25, 99.5, 99.75, 99.9, 99.95, 99.99, 99.999, 100.0);

    public RouteResult {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(latencyMs, "latencyMs");
        Objects.requireNonNull(failedLatencyMs, "failedLatencyMs");
        errors = Errors.copy(errors);
        latencyCdf = List.copyOf(latencyCdf);
    }

    /** A route without the latency of its failed requests. */
    public RouteResult(String route, long requests, long ok, long failed, double throughput,
                       LatencySummary latencyMs, SortedMap<ErrorCause, Long> errors, List<CdfPoint> latencyCdf) {
        this(route, requests, ok, failed, throughput, latencyMs, errors, latencyCdf, LatencySummary.NONE);
    }

    /** A route without a latency CDF. */
    public RouteResult(String route, long requests, long ok, long failed, double throughput,
                       LatencySummary latencyMs, SortedMap<ErrorCause, Long> errors) {
        this(route, requests, ok, failed, throughput, latencyMs, errors, List.of(), LatencySummary.NONE);
    }

    /** Failed over answered requests; 0 when none was answered. */
    public double errorRate() {
        long done = ok + failed;
        return done == 0 ? 0 : failed / (double) done;
    }

    /** One point of a latency CDF: {@code percentile} (0..100) of successful requests took at most {@code ms}. */
    public record CdfPoint(double percentile, double ms) {
    }
}
