package io.mdecomp.cli.render;

import io.mdecomp.analysis.graph.DependencyKind;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service graph as inline SVG: services on a circle in their report order, each a circle
 * whose radius grows with granularity (12 + 24 × granularity px), dependencies as curved arrows
 * styled by kind (sync red, async blue dashed, event green dotted, declared grey, data orange
 * dash-dotted). Edges of several kinds between one pair bend by different amounts so all show.
 */
final class ServiceGraphSvg {

    private static final double SIZE = 640;
    private static final double CENTRE = SIZE / 2;

    private ServiceGraphSvg() {
    }

    static String render(List<ServiceMetrics> services, List<ServiceEdge> edges) {
        int n = services.size();
        double ring = n <= 1 ? 0 : CENTRE - 90;
        Map<String, double[]> position = new HashMap<>();
        Map<String, Double> radius = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
            ServiceMetrics s = services.get(i);
            position.put(s.name(), new double[] {CENTRE + ring * Math.cos(angle), CENTRE + ring * Math.sin(angle)});
            double g = Double.isFinite(s.granularity()) ? Math.max(0, Math.min(1, s.granularity())) : 0.5;
            radius.put(s.name(), 12 + 24 * g);
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"service-graph\" viewBox=\"0 0 ")
                .append((int) SIZE).append(' ').append((int) SIZE).append("\" width=\"").append((int) SIZE)
                .append("\" height=\"").append((int) SIZE).append("\" role=\"img\" aria-label=\"service graph\">\n");
        svg.append("<defs>\n");
        for (DependencyKind kind : DependencyKind.values()) {
            svg.append("<marker id=\"arrow-").append(kind.label()).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
                    + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\""
                    + " class=\"head-").append(kind.label()).append("\"/></marker>\n");
        }
        svg.append("</defs>\n");
        for (ServiceEdge edge : edges) {
            double[] from = position.get(edge.source());
            double[] to = position.get(edge.target());
            if (from == null || to == null || edge.source().equals(edge.target())) {
                continue;
            }
            svg.append(edge(edge, from, to, radius.get(edge.source()), radius.get(edge.target())));
        }
        for (ServiceMetrics s : services) {
            double[] p = position.get(s.name());
            svg.append("<g class=\"node\"><title>").append(Html.escape(s.name())).append(": granularity ")
                    .append(TextAnalysisRenderer.ratio(s.granularity())).append("</title><circle cx=\"")
                    .append(Html.coordinate(p[0])).append("\" cy=\"").append(Html.coordinate(p[1])).append("\" r=\"")
                    .append(Html.coordinate(radius.get(s.name()))).append("\"/><text x=\"").append(Html.coordinate(p[0]))
                    .append("\" y=\"").append(Html.coordinate(p[1] + radius.get(s.name()) + 14))
                    .append("\" text-anchor=\"middle\">").append(Html.escape(s.name())).append("</text></g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String edge(ServiceEdge edge, double[] from, double[] to, double fromRadius, double toRadius) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double bend = 18 + 14 * edge.kind().ordinal();
        double sx = from[0] + ux * fromRadius;
        double sy = from[1] + uy * fromRadius;
        double tx = to[0] - ux * (toRadius + 2);
        double ty = to[1] - uy * (toRadius + 2);
        double cx = (sx + tx) / 2 - uy * bend;
        double cy = (sy + ty) / 2 + ux * bend;
        String kind = edge.kind().label();
        return "<path class=\"edge edge-" + kind + "\" d=\"M " + Html.coordinate(sx) + " " + Html.coordinate(sy)
                + " Q " + Html.coordinate(cx) + " " + Html.coordinate(cy) + " " + Html.coordinate(tx) + " "
                + Html.coordinate(ty) + "\" marker-end=\"url(#arrow-" + kind + ")\"><title>"
                + Html.escape(edge.source() + " -> " + edge.target() + " (" + kind + "): " + String.join(", ", edge.via()))
                + "</title></path>\n";
    }
}
