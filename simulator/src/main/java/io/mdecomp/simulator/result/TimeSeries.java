package io.mdecomp.simulator.result;

import java.util.List;
import java.util.Objects;

/**
 * Requests by the bucket of their completion time, over the whole run (warm-up included): for
 * all routes together, and per route of the workload's mix (in mix order).
 */
public record TimeSeries(double bucketSeconds, List<Bucket> buckets, List<RouteSeries> routes) {

    public TimeSeries {
        buckets = List.copyOf(buckets);
        routes = List.copyOf(routes);
    }

    /** A time series without per-route series. */
    public TimeSeries(double bucketSeconds, List<Bucket> buckets) {
        this(bucketSeconds, buckets, List.of());
    }

    /** One bucket: starts at {@code atSeconds}; p99 of successful requests in milliseconds. */
    public record Bucket(double atSeconds, long requests, long ok, long failed, double p99Ms) {
    }

    /** One route's buckets, as many as the overall series has, at the same times. */
    public record RouteSeries(String route, List<Bucket> buckets) {

        public RouteSeries {
            Objects.requireNonNull(route, "route");
            buckets = List.copyOf(buckets);
        }
    }
}
