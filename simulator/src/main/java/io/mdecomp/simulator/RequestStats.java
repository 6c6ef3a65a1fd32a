package io.mdecomp.simulator;

import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.ErrorCounts;
import io.mdecomp.simulator.stats.Latencies;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.IntCountsHistogram;

/**
 * End-to-end request statistics: per route and overall (requests that started after the
 * warm-up), and time series by completion time over the whole run, overall and per route.
 * Arrivals, successes, failures and requests in flight are each counted on their own. Memory: two
 * latency histograms (successes, failures) per route and overall, and per time bucket a small histogram overall (two
 * significant digits) and per route (one digit, made at the route's first success in the bucket).
 */
final class RequestStats {

    /** One route's counters (or all routes'). */
    static final class Route {
        final String name;
        long requests;
        long ok;
        long failed;
        long inFlight;
        final ErrorCounts errors = new ErrorCounts();
        final Latencies latencies = new Latencies();
        final Latencies failedLatencies = new Latencies();
        final List<Bucket> buckets = new ArrayList<>();

        Route(String name) {
            this.name = name;
        }
    }

    /** One time bucket's counters and the latencies of its successes. */
    static final class Bucket {
        private final int digits;
        long requests;
        long ok;
        long failed;
        private AbstractHistogram histogram;

        Bucket(int digits) {
            this.digits = digits;
        }

        void record(ErrorCause cause, double latencySeconds) {
            requests++;
            if (cause != null) {
                failed++;
                return;
            }
            ok++;
            if (histogram == null) {
                histogram = digits >= 2 ? new Histogram(digits) : new IntCountsHistogram(digits);
            }
            histogram.recordValue(Math.max(0, Math.round(latencySeconds * 1e6)));
        }

        /** The p99 of the successes in milliseconds; 0 without one. */
        double p99Millis() {
            return histogram == null ? 0 : histogram.getValueAtPercentile(99) / 1e3;
        }
    }

    final List<Route> routes = new ArrayList<>();
    /**
     * All routes: the overall time series (two digits), and with more than one route the overall
     * counters and latencies; with one route those are that route's ({@link #overall()}), recorded once.
     */
    final Route all = new Route("*");
    final double warmup;
    final double bucketSeconds;
    private final boolean oneRoute;

    RequestStats(List<String> routeNames, double warmup, double bucketSeconds) {
        routeNames.forEach(name -> routes.add(new Route(name)));
        this.warmup = warmup;
        this.bucketSeconds = bucketSeconds;
        this.oneRoute = routes.size() == 1;
    }

    /** The counters and latencies of all routes together. */
    Route overall() {
        return oneRoute ? routes.get(0) : all;
    }

    void arrived(int route, double start) {
        if (start >= warmup) {
            Route r = routes.get(route);
            r.requests++;
            r.inFlight++;
            if (!oneRoute) {
                all.requests++;
                all.inFlight++;
            }
        }
    }

    void completed(int route, double start, double end, ErrorCause cause) {
        int b = (int) (end / bucketSeconds);
        Route r = routes.get(route);
        bucket(all, b, 2).record(cause, end - start);
        bucket(r, b, 1).record(cause, end - start);
        if (start < warmup) {
            return;
        }
        record(r, end - start, cause);
        if (!oneRoute) {
            record(all, end - start, cause);
        }
    }

    /** The number of buckets any series reached. */
    int bucketCount() {
        return all.buckets.size();
    }

    private static Bucket bucket(Route route, int index, int digits) {
        while (route.buckets.size() <= index) {
            route.buckets.add(new Bucket(digits));
        }
        return route.buckets.get(index);
    }

    private static void record(Route route, double latency, ErrorCause cause) {
        route.inFlight--;
        if (cause == null) {
            route.ok++;
            route.latencies.record(latency);
        } else {
            route.failed++;
            route.errors.add(cause);
            route.failedLatencies.record(latency);
        }
    }
}
