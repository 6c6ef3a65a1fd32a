package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Html;

/**
 * The pieces every simulation chart shares: the {@code <svg>} element, title, axes with ticks,
 * grid and unit labels, legend entries, and the warm-up and fault bands on a time axis. Colours
 * come from CSS classes, so the page's light and dark styles apply.
 */
final class ChartParts {

    private ChartParts() {
    }

    /** Opens an inline SVG chart of class {@code chart} with its title drawn at the top left. */
    static void open(StringBuilder svg, String id, String title, double width, double height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\" width=\"")
                .append(n(width)).append("\" height=\"").append(n(height)).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(title)).append("\">\n<title>").append(Html.escape(title)).append("</title>\n")
                .append("<text class=\"chart-title\" x=\"8\" y=\"18\">").append(Html.escape(title)).append("</text>\n");
    }

    static void close(StringBuilder svg) {
        svg.append("</svg>\n");
    }

    /** A horizontal axis at pixel row {@code y}: line, ticks with labels, grid up to {@code top}, unit below. */
    static void xAxis(StringBuilder svg, ChartScale x, double y, double top, String unit) {
        svg.append("<g class=\"axis x-axis\">\n");
        for (double tick : x.ticks()) {
            double px = x.at(tick);
            svg.append("<line class=\"grid\" x1=\"").append(n(px)).append("\" y1=\"").append(n(top)).append("\" x2=\"")
                    .append(n(px)).append("\" y2=\"").append(n(y)).append("\"/>")
                    .append("<line class=\"tick\" x1=\"").append(n(px)).append("\" y1=\"").append(n(y)).append("\" x2=\"")
                    .append(n(px)).append("\" y2=\"").append(n(y + 5)).append("\"/>")
                    .append("<text x=\"").append(n(px)).append("\" y=\"").append(n(y + 17))
                    .append("\" text-anchor=\"middle\">").append(ChartScale.label(tick)).append("</text>\n");
        }
        svg.append("<line class=\"domain\" x1=\"").append(n(x.from())).append("\" y1=\"").append(n(y))
                .append("\" x2=\"").append(n(x.to())).append("\" y2=\"").append(n(y)).append("\"/>\n")
                .append("<text class=\"unit\" x=\"").append(n((x.from() + x.to()) / 2)).append("\" y=\"")
                .append(n(y + 34)).append("\" text-anchor=\"middle\">").append(Html.escape(unit)).append("</text>\n")
                .append("</g>\n");
    }

    /**
     * A vertical axis at pixel column {@code x}, labels on its left (or right when {@code right}),
     * grid lines across to {@code across} when {@code grid}, the unit written along the axis.
     */
    static void yAxis(StringBuilder svg, ChartScale y, double x, double across, boolean right, boolean grid,
                      String unit) {
        svg.append("<g class=\"axis y-axis\">\n");
        double side = right ? 1 : -1;
        for (double tick : y.ticks()) {
            double py = y.at(tick);
            if (grid) {
                svg.append("<line class=\"grid\" x1=\"").append(n(x)).append("\" y1=\"").append(n(py))
                        .append("\" x2=\"").append(n(across)).append("\" y2=\"").append(n(py)).append("\"/>");
            }
            svg.append("<line class=\"tick\" x1=\"").append(n(x)).append("\" y1=\"").append(n(py)).append("\" x2=\"")
                    .append(n(x + 5 * side)).append("\" y2=\"").append(n(py)).append("\"/>")
                    .append("<text x=\"").append(n(x + 8 * side)).append("\" y=\"").append(n(py + 4))
                    .append("\" text-anchor=\"").append(right ? "start" : "end").append("\">")
                    .append(ChartScale.label(tick)).append("</text>\n");
        }
        double middle = (y.from() + y.to()) / 2;
        double ux = x + 48 * side;
        svg.append("<line class=\"domain\" x1=\"").append(n(x)).append("\" y1=\"").append(n(y.from()))
                .append("\" x2=\"").append(n(x)).append("\" y2=\"").append(n(y.to())).append("\"/>\n")
                .append("<text class=\"unit\" x=\"").append(n(ux)).append("\" y=\"").append(n(middle))
                .append("\" text-anchor=\"middle\" transform=\"rotate(").append(right ? "90 " : "-90 ").append(n(ux))
                .append(' ').append(n(middle)).append(")\">").append(Html.escape(unit)).append("</text>\n</g>\n");
    }

    /**
     * One legend entry at ({@code x}, {@code y}): a swatch of class {@code cssClass} (a short line
     * when {@code line}, else a square) and its text. Returns the x where the next entry goes.
     */
    static double legend(StringBuilder svg, double x, double y, String cssClass, boolean line, String text) {
        svg.append("<g class=\"legend\">");
        if (line) {
            svg.append("<line class=\"").append(cssClass).append("\" x1=\"").append(n(x)).append("\" y1=\"")
                    .append(n(y - 4)).append("\" x2=\"").append(n(x + 18)).append("\" y2=\"").append(n(y - 4))
                    .append("\"/>");
        } else {
            svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x + 4)).append("\" y=\"")
                    .append(n(y - 10)).append("\" width=\"10\" height=\"10\"/>");
        }
        svg.append("<text x=\"").append(n(x + 24)).append("\" y=\"").append(n(y)).append("\">")
                .append(Html.escape(text)).append("</text></g>\n");
        return x + 24 + 7.2 * text.length() + 18;
    }

    /**
     * The warm-up and the fault windows as bands from {@code top} to {@code bottom} across the
     * time axis {@code x}, each with a tooltip and a solid 4 px strip above {@code top} that data
     * drawn over the band cannot hide; faults numbered F1, F2, … in order of time.
     */
    static void marks(StringBuilder svg, TimeMarks marks, ChartScale x, double top, double bottom) {
        if (marks.warmupSeconds() > 0) {
            band(svg, "warmup", x, 0, marks.warmupSeconds(), top, bottom,
                    "warm-up: 0 s to " + Quantities.number(marks.warmupSeconds())
                            + " s, excluded from statistics", null);
        }
        int number = 0;
        for (TimeMarks.FaultWindow f : marks.faults()) {
            number++;
            double end = f.atSeconds() + f.durationSeconds();
            band(svg, "fault", x, f.atSeconds(), end, top, bottom, "F" + number + ": " + f.description() + " from "
                    + Quantities.number(f.atSeconds()) + " s to " + Quantities.number(end) + " s",
                    "F" + number);
        }
    }

    private static void band(StringBuilder svg, String cssClass, ChartScale x, double from, double to, double top,
                             double bottom, String tooltip, String label) {
        double left = x.at(from);
        double width = Math.max(1, x.at(to) - left);
        svg.append("<g class=\"").append(cssClass).append("\"><title>").append(Html.escape(tooltip))
                .append("</title><rect x=\"").append(n(left)).append("\" y=\"").append(n(top)).append("\" width=\"")
                .append(n(width)).append("\" height=\"").append(n(bottom - top)).append("\"/><rect class=\"strip\" x=\"")
                .append(n(left)).append("\" y=\"").append(n(top - 4)).append("\" width=\"").append(n(width))
                .append("\" height=\"4\"/>");
        if (label != null) {
            svg.append("<text x=\"").append(n(left + 2)).append("\" y=\"").append(n(top + 11)).append("\">")
                    .append(label).append("</text>");
        }
        svg.append("</g>\n");
    }

    /** A coordinate with one decimal, locale-independent. */
    static String n(double value) {
        return Html.coordinate(value);
    }
}
