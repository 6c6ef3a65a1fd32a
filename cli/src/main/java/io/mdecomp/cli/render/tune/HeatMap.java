package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Html;
import io.mdecomp.simulator.sweep.Axis;
import io.mdecomp.simulator.sweep.PointOutcome;
import io.mdecomp.simulator.sweep.ScenarioOutcome;
import io.mdecomp.simulator.sweep.ScenarioSweep;
import java.util.List;
import java.util.function.Function;

/**
 * A heat map as inline SVG: one cell per point over two swept parameters (the first two axes; a
 * single row with one axis), coloured by how the point does on one measure: green shades where
 * the value is within its target (darker the more room is left), red shades where it is not
 * (darker the further beyond). With more than two axes the map is the slice through the best
 * point, which the caption names. Every cell has a tooltip with the point's values and the value.
 */
final class HeatMap {

    /** What a map shows for a point: the value's text, its ratio to the target (≤ 1 within), and whether it holds. */
    record Measure(String text, double ratio, boolean passed) {
    }

    private static final double CELL_W = 84;
    private static final double CELL_H = 30;
    private static final double LEFT = 150;
    private static final double TOP = 56;
    /** Above this many cells the values are left to the tooltips. */
    private static final int MAX_LABELLED_CELLS = 400;

    private HeatMap() {
    }

    /** The map of {@code measure} over {@code outcome}'s first two axes, titled {@code title}. */
    static String svg(String id, String title, ScenarioOutcome outcome, Function<PointOutcome, Measure> measure) {
        ScenarioSweep sweep = outcome.sweep();
        Axis x = sweep.axes().get(0);
        Axis y = sweep.axes().size() > 1 ? sweep.axes().get(1) : null;
        int columns = x.values().size();
        int rows = y == null ? 1 : y.values().size();
        double width = LEFT + columns * CELL_W + 20;
        double height = TOP + rows * CELL_H + 50;
        int[] best = sweep.coordinates(outcome.best().point());
        boolean labelled = columns * rows <= MAX_LABELLED_CELLS;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart heatmap\" id=\"").append(Html.escape(id)).append("\" role=\"img\" viewBox=\"0 0 ")
                .append(Html.coordinate(width)).append(' ').append(Html.coordinate(height)).append("\" width=\"")
                .append(Html.coordinate(width)).append("\" height=\"").append(Html.coordinate(height))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>").append(Html.escape(title)).append("</title>\n");
        svg.append("<text class=\"chart-title\" x=\"").append(Html.coordinate(LEFT)).append("\" y=\"18\">")
                .append(Html.escape(title)).append("</text>\n");
        svg.append("<text class=\"axis-label\" x=\"").append(Html.coordinate(LEFT)).append("\" y=\"40\">")
                .append(Html.escape(x.path())).append(" →</text>\n");
        if (y != null) {
            svg.append("<text class=\"axis-label\" x=\"4\" y=\"").append(Html.coordinate(TOP - 6)).append("\">")
                    .append(Html.escape(y.path())).append(" ↓</text>\n");
        }
        for (int c = 0; c < columns; c++) {
            svg.append("<text class=\"tick-label\" text-anchor=\"middle\" x=\"")
                    .append(Html.coordinate(LEFT + (c + 0.5) * CELL_W)).append("\" y=\"")
                    .append(Html.coordinate(TOP + rows * CELL_H + 16)).append("\">")
                    .append(Html.escape(shorten(x.values().get(c)))).append("</text>\n");
        }
        for (int r = 0; r < rows; r++) {
            String label = y == null ? "" : y.values().get(r);
            svg.append("<text class=\"tick-label\" text-anchor=\"end\" x=\"").append(Html.coordinate(LEFT - 6))
                    .append("\" y=\"").append(Html.coordinate(TOP + (r + 0.5) * CELL_H + 4)).append("\">")
                    .append(Html.escape(shorten(label))).append("</text>\n");
            for (int c = 0; c < columns; c++) {
                int[] at = best.clone();
                at[0] = c;
                if (y != null) {
                    at[1] = r;
                }
                PointOutcome point = outcome.points().get(index(sweep, at));
                Measure m = measure.apply(point);
                double xAt = LEFT + c * CELL_W;
                double yAt = TOP + r * CELL_H;
                svg.append("<g class=\"cell\"><rect class=\"").append(m.passed() ? "within" : "beyond")
                        .append("\" x=\"").append(Html.coordinate(xAt)).append("\" y=\"").append(Html.coordinate(yAt))
                        .append("\" width=\"").append(Html.coordinate(CELL_W - 1)).append("\" height=\"")
                        .append(Html.coordinate(CELL_H - 1)).append("\" fill-opacity=\"").append(opacity(m))
                        .append("\"><title>").append(Html.escape(tooltip(sweep, point, m))).append("</title></rect>");
                if (labelled) {
                    svg.append("<text text-anchor=\"middle\" x=\"").append(Html.coordinate(xAt + CELL_W / 2))
                            .append("\" y=\"").append(Html.coordinate(yAt + CELL_H / 2 + 4)).append("\">")
                            .append(Html.escape(m.text())).append("</text>");
                }
                svg.append("</g>\n");
            }
        }
        double legendY = TOP + rows * CELL_H + 36;
        svg.append("<g class=\"legend\"><rect class=\"within\" fill-opacity=\"0.7\" x=\"").append(Html.coordinate(LEFT))
                .append("\" y=\"").append(Html.coordinate(legendY - 10)).append("\" width=\"12\" height=\"12\"/>")
                .append("<text x=\"").append(Html.coordinate(LEFT + 16)).append("\" y=\"").append(Html.coordinate(legendY))
                .append("\">within target (darker: more room)</text><rect class=\"beyond\" fill-opacity=\"0.7\" x=\"")
                .append(Html.coordinate(LEFT + 250)).append("\" y=\"").append(Html.coordinate(legendY - 10))
                .append("\" width=\"12\" height=\"12\"/><text x=\"").append(Html.coordinate(LEFT + 266)).append("\" y=\"")
                .append(Html.coordinate(legendY)).append("\">beyond target (darker: further)</text></g>\n");
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The caption under a map of a sweep with more than two axes. */
    static String slice(ScenarioOutcome outcome) {
        ScenarioSweep sweep = outcome.sweep();
        if (sweep.axes().size() <= 2) {
            return "";
        }
        StringBuilder text = new StringBuilder("The slice through the best point: ");
        List<String> values = outcome.best().values();
        for (int a = 2; a < sweep.axes().size(); a++) {
            text.append(a > 2 ? ", " : "").append(sweep.axes().get(a).path()).append(" = ").append(values.get(a));
        }
        return text.append('.').toString();
    }

    private static int index(ScenarioSweep sweep, int[] coordinates) {
        int index = 0;
        for (int a = 0; a < coordinates.length; a++) {
            index = index * sweep.axes().get(a).values().size() + coordinates[a];
        }
        return index;
    }

    /** 0.25 at the target, rising to 0.9 with the room left (within) or the excess (beyond). */
    private static String opacity(Measure m) {
        double r = Double.isFinite(m.ratio()) ? Math.max(0, m.ratio()) : 10;
        double strength = m.passed() ? 1 - Math.min(1, r) : Math.min(1, (r - 1) / 2);
        return Html.coordinate(0.25 + 0.65 * Math.max(0, strength));
    }

    private static String tooltip(ScenarioSweep sweep, PointOutcome point, Measure m) {
        StringBuilder text = new StringBuilder();
        for (int a = 0; a < sweep.axes().size(); a++) {
            text.append(sweep.axes().get(a).path()).append(" = ").append(point.values().get(a)).append('\n');
        }
        return text.append(m.text()).append(m.passed() ? " (within target)" : " (beyond target)")
                .append(", rank ").append(point.rank()).toString();
    }

    private static String shorten(String text) {
        return text.length() <= 22 ? text : text.substring(0, 20) + "…";
    }
}
