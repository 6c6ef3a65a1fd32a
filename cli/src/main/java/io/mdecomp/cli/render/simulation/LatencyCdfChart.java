package io.mdecomp.cli.render.simulation;

import static io.mdecomp.cli.render.simulation.ChartParts.n;
import static io.mdecomp.cli.render.simulation.Quantities.number;

import io.mdecomp.cli.render.Html;
import io.mdecomp.simulator.result.RouteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The latency CDF of every route's successful requests as inline SVG: latency on a logarithmic
 * x axis (ms), the share of requests at or below it on a linear y axis (percent), one line per
 * route through the points of {@link RouteResult#latencyCdf()}, with dots at p50, p90, p99 and
 * p99.9 whose tooltips give the values. Routes without a CDF (no successful request) are left
 * out; {@link #hasContent} says whether any route is left. Lines take eight colours in turn,
 * dashed from the ninth route on; the legend lists the routes below the plot.
 */
final class LatencyCdfChart {

    static final double WIDTH = 760;
    private static final double LEFT = 70;
    private static final double RIGHT = WIDTH - 24;
    private static final double TOP = 40;
    private static final double BOTTOM = 300;
    private static final List<Double> DOTS = List.of(50.0, 90.0, 99.0, 99.9);

    private LatencyCdfChart() {
    }

    static boolean hasContent(List<RouteResult> routes) {
        return !drawn(routes).isEmpty();
    }

    static String render(String id, List<RouteResult> routes) {
        List<RouteResult> drawn = drawn(routes);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (RouteResult r : drawn) {
            for (RouteResult.CdfPoint p : r.latencyCdf()) {
                if (p.ms() > 0) {
                    min = Math.min(min, p.ms());
                }
                max = Math.max(max, p.ms());
            }
        }
        ChartScale x = ChartScale.logarithmic(Double.isFinite(min) ? min : ChartScale.LOG_FLOOR, max, LEFT, RIGHT);
        ChartScale y = new ChartScale(0, 100, BOTTOM, TOP, false);
        StringBuilder svg = new StringBuilder();
        double height = BOTTOM + 58 + 18 * drawn.size();
        ChartParts.open(svg, id, "Latency CDF of successful requests", WIDTH, height);
        ChartParts.xAxis(svg, x, BOTTOM, TOP, "latency (ms, log scale)");
        ChartParts.yAxis(svg, y, LEFT, RIGHT, false, true, "requests at or below (%)");
        for (int i = 0; i < drawn.size(); i++) {
            RouteResult r = drawn.get(i);
            String series = "series s" + (i % 8) + (i >= 8 ? " dashed" : "");
            StringBuilder d = new StringBuilder();
            for (RouteResult.CdfPoint p : r.latencyCdf()) {
                d.append(d.length() == 0 ? "M " : " L ").append(n(x.at(p.ms()))).append(' ').append(n(y.at(p.percentile())));
            }
            String route = Html.escape(r.route());
            svg.append("<g class=\"").append(series).append("\"><path d=\"").append(d).append("\"><title>")
                    .append(route).append("</title></path>\n");
            for (RouteResult.CdfPoint p : r.latencyCdf()) {
                if (DOTS.contains(p.percentile())) {
                    svg.append("<circle cx=\"").append(n(x.at(p.ms()))).append("\" cy=\"").append(n(y.at(p.percentile())))
                            .append("\" r=\"3\"><title>").append(route).append(": p").append(ChartScale.label(p.percentile()))
                            .append(" = ").append(number(p.ms())).append(" ms</title></circle>");
                }
            }
            svg.append("\n</g>\n");
        }
        for (int i = 0; i < drawn.size(); i++) {
            RouteResult r = drawn.get(i);
            String series = "series s" + (i % 8) + (i >= 8 ? " dashed" : "");
            ChartParts.legend(svg, LEFT, BOTTOM + 62 + 18 * i, series, true, String.format(Locale.ROOT,
                    "%s (p50 %s ms, p99 %s ms, max %s ms)", r.route(), number(r.latencyMs().p50()),
                    number(r.latencyMs().p99()), number(r.latencyMs().max())));
        }
        ChartParts.close(svg);
        return svg.toString();
    }

    private static List<RouteResult> drawn(List<RouteResult> routes) {
        List<RouteResult> drawn = new ArrayList<>();
        for (RouteResult r : routes) {
            if (!r.latencyCdf().isEmpty()) {
                drawn.add(r);
            }
        }
        return drawn;
    }
}
