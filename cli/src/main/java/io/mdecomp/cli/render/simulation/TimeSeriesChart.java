package io.mdecomp.cli.render.simulation;

import static io.mdecomp.cli.render.simulation.ChartParts.n;
import static io.mdecomp.cli.render.simulation.Quantities.number;

import io.mdecomp.simulator.result.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput, errors and p99 latency over simulated time as inline SVG: per time-series bucket
 * a bar of completed requests per second, successful ones (green) stacked under failed ones
 * (red), on the left axis; the bucket's p99 latency of successful requests as a line on the
 * right axis (ms), broken where a bucket has no successful request; the warm-up and fault
 * windows as bands behind. A rate is the bucket's count over the bucket width, so a last,
 * partial bucket reads low. Past {@value #MAX_BARS} buckets,
 * consecutive buckets are merged so that no more bars are drawn (counts summed, p99 the highest of
 * the merged buckets', an upper bound), which keeps the page small whatever the bucket width.
 */
final class TimeSeriesChart {

    static final double WIDTH = 760;
    private static final double LEFT = 70;
    private static final double RIGHT = WIDTH - 70;
    private static final double TOP = 50;
    private static final double BOTTOM = 280;
    static final double HEIGHT = BOTTOM + 46;
    static final int MAX_BARS = 480;

    private TimeSeriesChart() {
    }

    static String render(String id, TimeSeries original, double simulatedSeconds, TimeMarks marks) {
        TimeSeries series = merged(original);
        double bucket = series.bucketSeconds() > 0 ? series.bucketSeconds() : 1;
        double maxRate = 0;
        double maxP99 = 0;
        for (TimeSeries.Bucket b : series.buckets()) {
            maxRate = Math.max(maxRate, b.requests() / bucket);
            maxP99 = Math.max(maxP99, b.p99Ms());
        }
        double end = simulatedSeconds > 0 ? simulatedSeconds : bucket * Math.max(1, series.buckets().size());
        ChartScale x = ChartScale.linear(end, true, LEFT, RIGHT);
        ChartScale rate = ChartScale.linear(maxRate, false, BOTTOM, TOP);
        ChartScale p99 = ChartScale.linear(maxP99, false, BOTTOM, TOP);
        StringBuilder svg = new StringBuilder();
        ChartParts.open(svg, id, "Throughput, errors and p99 latency over time", WIDTH, HEIGHT);
        double lx = ChartParts.legend(svg, LEFT, 38, "ok", false, "ok requests/s");
        lx = ChartParts.legend(svg, lx, 38, "failed", false, "failed requests/s");
        lx = ChartParts.legend(svg, lx, 38, "p99", true, "p99 latency (ms)");
        if (marks.warmupSeconds() > 0) {
            lx = ChartParts.legend(svg, lx, 38, "warmup", false, "warm-up");
        }
        if (!marks.faults().isEmpty()) {
            ChartParts.legend(svg, lx, 38, "fault", false, "fault");
        }
        ChartParts.marks(svg, marks, x, TOP, BOTTOM);
        ChartParts.xAxis(svg, x, BOTTOM, TOP, "simulated time (s)");
        ChartParts.yAxis(svg, rate, LEFT, RIGHT, false, true, "requests/s");
        ChartParts.yAxis(svg, p99, RIGHT, LEFT, true, false, "p99 latency (ms)");
        StringBuilder line = new StringBuilder();
        boolean joined = false;
        for (TimeSeries.Bucket b : series.buckets()) {
            double left = x.at(b.atSeconds());
            double right = x.at(Math.min(end, b.atSeconds() + bucket));
            double width = Math.max(0.5, right - left - 1);
            double okTop = rate.at(b.ok() / bucket);
            double failedTop = rate.at((b.ok() + b.failed()) / bucket);
            svg.append("<g class=\"bucket\"><title>").append(number(b.atSeconds())).append("–")
                    .append(number(b.atSeconds() + bucket)).append(" s: ").append(b.requests()).append(" requests, ")
                    .append(b.ok()).append(" ok, ").append(b.failed()).append(" failed, p99 ").append(number(b.p99Ms()))
                    .append(" ms</title>");
            if (b.ok() > 0) {
                rect(svg, "ok", left, okTop, width, BOTTOM - okTop);
            }
            if (b.failed() > 0) {
                rect(svg, "failed", left, failedTop, width, Math.max(0.5, okTop - failedTop));
            }
            svg.append("</g>\n");
            if (b.ok() > 0) {
                line.append(line.length() == 0 ? "M " : joined ? " L " : " M ").append(n((left + right) / 2))
                        .append(' ').append(n(p99.at(b.p99Ms())));
            }
            joined = b.ok() > 0;
        }
        if (line.length() > 0) {
            svg.append("<path class=\"p99\" d=\"").append(line).append("\"><title>p99 latency of successful requests"
                    + " per bucket</title></path>\n");
        }
        ChartParts.close(svg);
        return svg.toString();
    }

    /** {@code series} with every {@code k} consecutive buckets merged, {@code k} the least giving at most {@link #MAX_BARS}. */
    static TimeSeries merged(TimeSeries series) {
        int n = series.buckets().size();
        if (n <= MAX_BARS) {
            return series;
        }
        int k = (n + MAX_BARS - 1) / MAX_BARS;
        List<TimeSeries.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < n; i += k) {
            long requests = 0;
            long ok = 0;
            long failed = 0;
            double p99 = 0;
            for (TimeSeries.Bucket b : series.buckets().subList(i, Math.min(n, i + k))) {
                requests += b.requests();
                ok += b.ok();
                failed += b.failed();
                p99 = Math.max(p99, b.p99Ms());
            }
            buckets.add(new TimeSeries.Bucket(series.buckets().get(i).atSeconds(), requests, ok, failed, p99));
        }
        return new TimeSeries(series.bucketSeconds() * k, buckets);
    }

    private static void rect(StringBuilder svg, String cssClass, double x, double y, double width, double height) {
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\"/>");
    }
}
