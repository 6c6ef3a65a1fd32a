package io.mdecomp.simulator;

import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.ErrorCounts;
import io.mdecomp.simulator.stats.Latencies;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * End-to-end request statistics: per route and overall (requests that started after the
 * warm-up), and a time series by completion time over the whole run. Memory: one histogram per
 * route, one overall, one small one per time bucket.
 */
final class RequestStats {

    /** One route's counters. */
    static final class Route {
        final String name;
        long requests;
        long ok;
        long failed;
        final ErrorCounts errors = new ErrorCounts();
        final Latencies latencies = new Latencies();

        Route(String name) {
            this.name = name;
        }
    }

    /** One time bucket's counters. */
    static final class Bucket {
        long requests;
        long ok;
        long failed;
        final Histogram histogram = new Histogram(2);
    }

    final List<Route> routes = new ArrayList<>();
    final Route all = new Route("*");
    final double warmup;
    final double bucketSeconds;
    final List<Bucket> buckets = new ArrayList<>();

    RequestStats(List<String> routeNames, double warmup, double bucketSeconds) {
        routeNames.forEach(name -> routes.add(new Route(name)));
        this.warmup = warmup;
        this.bucketSeconds = bucketSeconds;
    }

    void arrived(int route, double start) {
        if (start >= warmup) {
            routes.get(route).requests++;
            all.requests++;
        }
    }

    void completed(int route, double start, double end, ErrorCause cause) {
        int b = (int) (end / bucketSeconds);
        while (buckets.size() <= b) {
            buckets.add(new Bucket());
        }
        Bucket bucket = buckets.get(b);
        bucket.requests++;
        if (cause == null) {
            bucket.ok++;
            bucket.histogram.recordValue(Math.max(0, Math.round((end - start) * 1e6)));
        } else {
            bucket.failed++;
        }
        if (start < warmup) {
            return;
        }
        record(routes.get(route), end - start, cause);
        record(all, end - start, cause);
    }

    private static void record(Route route, double latency, ErrorCause cause) {
        if (cause == null) {
            route.ok++;
            route.latencies.record(latency);
        } else {
            route.failed++;
            route.errors.add(cause);
        }
    }
}
