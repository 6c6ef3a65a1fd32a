package io.mdecomp.cli.render.simulation;

import static io.mdecomp.cli.render.simulation.ChartParts.n;
import static io.mdecomp.cli.render.simulation.Quantities.number;

import io.mdecomp.cli.render.Html;
import io.mdecomp.simulator.result.LatencySummary;
import io.mdecomp.simulator.result.RouteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Latency CDFs of successful requests as inline SVG: latency on a logarithmic x axis (ms), the
 * share of requests at or below it on a linear y axis (percent), one line per curve through the
 * points of its CDF, with dots at p50, p90, p99 and p99.9 whose tooltips give the values; the
 * legend lists the curves below the plot. A simulation draws one curve per route: eight colours
 * in turn, dashed from the ninth route on. A comparison draws two per route in the route's
 * colour: the base model solid, the head model dashed. Curves without points (no successful
 * request) are left out; {@link #hasContent} says whether any is left.
 */
final class LatencyCdfChart {

    static final double WIDTH = 760;
    private static final double LEFT = 70;
    private static final double RIGHT = WIDTH - 24;
    private static final double TOP = 40;
    private static final double BOTTOM = 300;
    private static final List<Double> DOTS = List.of(50.0, 90.0, 99.0, 99.9);

    /** One line: its name, points, summary for the legend, colour (0–7) and whether it is dashed. */
    record Curve(String name, List<RouteResult.CdfPoint> points, LatencySummary summary, int colour, boolean dashed) {

        Curve {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
            Objects.requireNonNull(summary, "summary");
        }

        String cssClass() {
            return "series s" + colour + (dashed ? " dashed" : "");
        }
    }

    private LatencyCdfChart() {
    }

    /** One curve per route, as a simulation report draws them. */
    static List<Curve> ofRoutes(List<RouteResult> routes) {
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            RouteResult r = routes.get(i);
            curves.add(new Curve(r.route(), r.latencyCdf(), r.latencyMs(), i % 8, i >= 8));
        }
        return curves;
    }

    static boolean hasContent(List<Curve> curves) {
        return !drawn(curves).isEmpty();
    }

    static String render(String id, String title, List<Curve> curves) {
        List<Curve> drawn = drawn(curves);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Curve c : drawn) {
            for (RouteResult.CdfPoint p : c.points()) {
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
        ChartParts.open(svg, id, title, WIDTH, height);
        ChartParts.xAxis(svg, x, BOTTOM, TOP, "latency (ms, log scale)");
        ChartParts.yAxis(svg, y, LEFT, RIGHT, false, true, "requests at or below (%)");
        for (Curve c : drawn) {
            StringBuilder d = new StringBuilder();
            for (RouteResult.CdfPoint p : c.points()) {
                d.append(d.length() == 0 ? "M " : " L ").append(n(x.at(p.ms()))).append(' ').append(n(y.at(p.percentile())));
            }
            String name = Html.escape(c.name());
            svg.append("<g class=\"").append(c.cssClass()).append("\"><path d=\"").append(d).append("\"><title>")
                    .append(name).append("</title></path>\n");
            for (RouteResult.CdfPoint p : c.points()) {
                if (DOTS.contains(p.percentile())) {
                    svg.append("<circle cx=\"").append(n(x.at(p.ms()))).append("\" cy=\"").append(n(y.at(p.percentile())))
                            .append("\" r=\"3\"><title>").append(name).append(": p").append(ChartScale.label(p.percentile()))
                            .append(" = ").append(number(p.ms())).append(" ms</title></circle>");
                }
            }
            svg.append("\n</g>\n");
        }
        for (int i = 0; i < drawn.size(); i++) {
            Curve c = drawn.get(i);
            ChartParts.legend(svg, LEFT, BOTTOM + 62 + 18 * i, c.cssClass(), true, String.format(Locale.ROOT,
                    "%s (p50 %s ms, p99 %s ms, max %s ms)", c.name(), number(c.summary().p50()),
                    number(c.summary().p99()), number(c.summary().max())));
        }
        ChartParts.close(svg);
        return svg.toString();
    }

    private static List<Curve> drawn(List<Curve> curves) {
        return curves.stream().filter(c -> !c.points().isEmpty()).toList();
    }
}
