package io.mdecomp.cli.render;

import io.mdecomp.analysis.graph.DependencyKind;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.diagnostic.Severity;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service graph as inline SVG: services on a circle in their report order, each a circle
 * whose radius grows with granularity (12 + 24 × granularity px), dependencies as curved arrows
 * styled by kind (sync red, async blue dashed, event green dotted, declared grey, data orange
 * dash-dotted). The drawing grows with the number of services (from 640 px) and scales down to
 * the page's width.
 *
 * <ul>
 *   <li>Names stand outside the circle, away from the arrows, on a halo of the background colour.</li>
 *   <li>Arrows leave and enter a service off its centre line, on the side they bend to, so the
 *       two directions between a pair, and several kinds, run apart; their heads stop at the
 *       service's edge, and are as large whatever the line's width.</li>
 *   <li>Edges in a dependency cycle are drawn thick ({@code cycle}); a service with findings has
 *       a ring in the colour of its most severe one ({@code finding-error|warning|note}), and its
 *       tooltip counts them.</li>
 * </ul>
 */
final class ServiceGraphSvg {

    private static final double LABEL_GAP = 8;

    private ServiceGraphSvg() {
    }

    /** The drawing's width and height for {@code services} services. */
    static int size(int services) {
        return (int) Math.max(640, Math.min(2400, 200 + 52.0 * services));
    }

    static String render(List<ServiceMetrics> services, List<ServiceEdge> edges, List<List<String>> cycles,
                         List<Finding> findings) {
        int n = services.size();
        double size = size(n);
        double centre = size / 2;
        double ring = n <= 1 ? 0 : centre - 140;
        Map<String, double[]> position = new HashMap<>();
        Map<String, Double> radius = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
            ServiceMetrics s = services.get(i);
            position.put(s.name(), new double[] {centre + ring * Math.cos(angle), centre + ring * Math.sin(angle), angle});
            double g = Double.isFinite(s.granularity()) ? Math.max(0, Math.min(1, s.granularity())) : 0.5;
            radius.put(s.name(), 12 + 24 * g);
        }
        Set<String> cycleEdges = cycleEdges(cycles);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"service-graph\" viewBox=\"0 0 ")
                .append((int) size).append(' ').append((int) size).append("\" width=\"").append((int) size)
                .append("\" height=\"").append((int) size).append("\" role=\"img\" aria-label=\"service graph\">\n");
        svg.append("<defs>\n");
        for (DependencyKind kind : DependencyKind.values()) {
            svg.append("<marker id=\"arrow-").append(kind.label()).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
                    + " markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\""
                    + " class=\"head-").append(kind.label()).append("\"/></marker>\n");
        }
        svg.append("</defs>\n");
        for (ServiceEdge edge : edges) {
            double[] from = position.get(edge.source());
            double[] to = position.get(edge.target());
            if (from == null || to == null || edge.source().equals(edge.target())) {
                continue;
            }
            boolean inCycle = cycleEdges.contains(edge.source() + "\u0000" + edge.target());
            svg.append(edge(edge, from, to, radius.get(edge.source()), radius.get(edge.target()), inCycle));
        }
        Map<String, Map<Severity, Integer>> found = findingsByService(findings, position.keySet());
        for (ServiceMetrics s : services) {
            svg.append(node(s, position.get(s.name()), radius.get(s.name()), found.getOrDefault(s.name(), Map.of())));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String node(ServiceMetrics s, double[] p, double r, Map<Severity, Integer> findings) {
        String worst = findings.keySet().stream().min(Enum::compareTo).map(w -> " finding-" + w.label()).orElse("");
        StringBuilder title = new StringBuilder(s.name()).append(": granularity ")
                .append(TextAnalysisRenderer.ratio(s.granularity()));
        if (!findings.isEmpty()) {
            title.append("; ").append(Words.count(findings.values().stream().mapToInt(Integer::intValue).sum(), "finding"))
                    .append(" (");
            String separator = "";
            for (Map.Entry<Severity, Integer> count : findings.entrySet()) {
                title.append(separator).append(Words.count(count.getValue(), count.getKey().label()));
                separator = ", ";
            }
            title.append(')');
        }
        double cos = Math.cos(p[2]);
        double sin = Math.sin(p[2]);
        double distance = r + LABEL_GAP;
        String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
        double dy = sin > 0.3 ? 10 : sin < -0.3 ? 0 : 4;
        return "<g class=\"node" + worst + "\"><title>" + Html.escape(title.toString()) + "</title><circle cx=\""
                + Html.coordinate(p[0]) + "\" cy=\"" + Html.coordinate(p[1]) + "\" r=\"" + Html.coordinate(r)
                + "\"/><text x=\"" + Html.coordinate(p[0] + cos * distance) + "\" y=\""
                + Html.coordinate(p[1] + sin * distance + dy) + "\" text-anchor=\"" + anchor + "\">"
                + Html.escape(s.name()) + "</text></g>\n";
    }

    private static String edge(ServiceEdge edge, double[] from, double[] to, double fromRadius, double toRadius,
                               boolean inCycle) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double bend = 18 + 14 * edge.kind().ordinal();
        // Leave and enter off the centre line, on the bending side (to the left of the direction of travel).
        double offset = 0.35 + 0.12 * edge.kind().ordinal();
        double[] start = rotate(ux, uy, -offset);
        double[] end = rotate(-ux, -uy, offset);
        double sx = from[0] + start[0] * fromRadius;
        double sy = from[1] + start[1] * fromRadius;
        double tx = to[0] + end[0] * (toRadius + 2);
        double ty = to[1] + end[1] * (toRadius + 2);
        double cx = (sx + tx) / 2 + uy * bend;
        double cy = (sy + ty) / 2 - ux * bend;
        String kind = edge.kind().label();
        return "<path class=\"edge edge-" + kind + (inCycle ? " cycle" : "") + "\" d=\"M " + Html.coordinate(sx) + " "
                + Html.coordinate(sy) + " Q " + Html.coordinate(cx) + " " + Html.coordinate(cy) + " "
                + Html.coordinate(tx) + " " + Html.coordinate(ty) + "\" marker-end=\"url(#arrow-" + kind + ")\"><title>"
                + Html.escape(edge.source() + " -> " + edge.target() + " (" + kind + (inCycle ? ", in a cycle" : "")
                + "): " + String.join(", ", edge.via())) + "</title></path>\n";
    }

    /** {@code (x, y)} turned by {@code angle} radians (positive: clockwise on screen). */
    private static double[] rotate(double x, double y, double angle) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        return new double[] {x * cos - y * sin, x * sin + y * cos};
    }

    /** "A\0B" for every step A -> B of every cycle. */
    private static Set<String> cycleEdges(List<List<String>> cycles) {
        Set<String> steps = new HashSet<>();
        for (List<String> cycle : cycles) {
            for (int i = 0; i + 1 < cycle.size(); i++) {
                steps.add(cycle.get(i) + "\u0000" + cycle.get(i + 1));
            }
        }
        return steps;
    }

    /** Per service named among a finding's subjects: how many findings of each severity. */
    private static Map<String, Map<Severity, Integer>> findingsByService(List<Finding> findings, Set<String> services) {
        Map<String, Map<Severity, Integer>> found = new HashMap<>();
        for (Finding finding : findings) {
            for (String subject : new HashSet<>(finding.subjects())) {
                if (services.contains(subject)) {
                    found.computeIfAbsent(subject, k -> new EnumMap<>(Severity.class)).merge(finding.severity(), 1,
                            Integer::sum);
                }
            }
        }
        return found;
    }
}
