package io.mdecomp.simulator.result;

import java.util.List;

/** Requests by the bucket of their completion time, over the whole run (warm-up included). */
public record TimeSeries(double bucketSeconds, List<Bucket> buckets) {

    public TimeSeries {
        buckets = List.copyOf(buckets);
    }

    /** One bucket: starts at {@code atSeconds}; p99 of successful requests in milliseconds. */
    public record Bucket(double atSeconds, long requests, long ok, long failed, double p99Ms) {
    }
}
