package io.mdecomp.cli.render.simulation;

import static io.mdecomp.cli.render.simulation.ChartParts.n;
import static io.mdecomp.cli.render.simulation.Quantities.number;

import io.mdecomp.cli.render.Html;
import io.mdecomp.simulator.component.BreakerState;
import io.mdecomp.simulator.result.BreakerResult;
import java.util.List;
import java.util.Locale;

/**
 * The circuit breakers over simulated time as inline SVG: one lane per caller → callee, coloured
 * spans for the states (CLOSED green, OPEN red, HALF_OPEN amber), each with a tooltip giving its
 * times; the warm-up and fault windows as bands behind. A breaker starts CLOSED at time 0. OPEN
 * and HALF_OPEN spans are drawn at least 1 px wide so a short one stays visible.
 */
final class BreakerTimeline {

    static final double WIDTH = 760;
    private static final double LEFT = 70;
    private static final double RIGHT = WIDTH - 20;
    private static final double TOP = 50;
    private static final double LANE = 36;

    private BreakerTimeline() {
    }

    static String render(String id, List<BreakerResult> breakers, double simulatedSeconds, TimeMarks marks) {
        double bottom = TOP + LANE * breakers.size();
        double end = simulatedSeconds > 0 ? simulatedSeconds : 1;
        ChartScale x = ChartScale.linear(end, true, LEFT, RIGHT);
        StringBuilder svg = new StringBuilder();
        ChartParts.open(svg, id, "Circuit breaker states over time", WIDTH, bottom + 46);
        double lx = ChartParts.legend(svg, LEFT, 38, "closed", false, "CLOSED");
        lx = ChartParts.legend(svg, lx, 38, "open", false, "OPEN");
        lx = ChartParts.legend(svg, lx, 38, "half-open", false, "HALF_OPEN");
        if (marks.warmupSeconds() > 0) {
            lx = ChartParts.legend(svg, lx, 38, "warmup", false, "warm-up");
        }
        if (!marks.faults().isEmpty()) {
            ChartParts.legend(svg, lx, 38, "fault", false, "fault");
        }
        ChartParts.marks(svg, marks, x, TOP, bottom);
        ChartParts.xAxis(svg, x, bottom, TOP, "simulated time (s)");
        for (int lane = 0; lane < breakers.size(); lane++) {
            BreakerResult b = breakers.get(lane);
            String name = Quantities.call(b.call());
            double top = TOP + LANE * lane;
            svg.append("<g class=\"lane\"><text x=\"").append(n(LEFT)).append("\" y=\"").append(n(top + 13))
                    .append("\">").append(Html.escape(name)).append("</text>\n");
            BreakerState state = BreakerState.CLOSED;
            double since = 0;
            for (BreakerResult.Transition t : b.transitions()) {
                span(svg, name, state, since, Math.min(end, t.atSeconds()), x, top + 17);
                state = t.to();
                since = t.atSeconds();
            }
            span(svg, name, state, since, end, x, top + 17);
            svg.append("</g>\n");
        }
        ChartParts.close(svg);
        return svg.toString();
    }

    /** The CSS class of a state: {@code closed}, {@code open} or {@code half-open}. */
    static String cssClass(BreakerState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void span(StringBuilder svg, String name, BreakerState state, double from, double to, ChartScale x,
                             double y) {
        if (!(to > from)) {
            return;
        }
        double left = x.at(from);
        double width = x.at(to) - left;
        if (state != BreakerState.CLOSED) {
            width = Math.max(1, width);
        }
        svg.append("<rect class=\"").append(cssClass(state)).append("\" x=\"")
                .append(n(left)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"14\"><title>").append(Html.escape(name)).append(": ").append(state.name())
                .append(" from ").append(number(from)).append(" s to ").append(number(to)).append(" s (")
                .append(number(to - from)).append(" s)</title></rect>\n");
    }
}
