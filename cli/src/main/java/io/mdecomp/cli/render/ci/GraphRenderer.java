package io.mdecomp.cli.render.ci;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link ServiceDiagram} as Graphviz DOT or as a Mermaid flowchart GitHub renders. Sync
 * dependencies are solid, asynchronous ones (async calls, events, message queues) dashed, data
 * dependencies dotted; every edge is labelled with its kind. Node ids are {@code s0, s1, ...} in
 * service order with the name as label, so any service name is safe.
 */
public final class GraphRenderer {

    /** Writes {@code diagram} as a DOT digraph named after {@code system}. */
    public void dot(String system, ServiceDiagram diagram, Writer out) throws IOException {
        Map<String, String> ids = ids(diagram);
        StringBuilder dot = new StringBuilder("digraph ").append(dotString(system)).append(" {\n");
        dot.append("  rankdir=LR;\n  node [shape=box, style=rounded];\n");
        for (String service : diagram.services()) {
            dot.append("  ").append(ids.get(service)).append(" [label=").append(dotString(service)).append("];\n");
        }
        for (ServiceDiagram.Edge edge : diagram.edges()) {
            dot.append("  ").append(id(ids, edge.from())).append(" -> ").append(id(ids, edge.to()))
                    .append(" [label=").append(dotString(edge.kind()));
            String style = style(edge);
            if (!style.equals("solid")) {
                dot.append(", style=").append(style);
            }
            dot.append("];\n");
        }
        out.write(dot.append("}\n").toString());
    }

    /** Writes {@code diagram} as a Mermaid {@code flowchart LR} (without the Markdown fence). */
    public void mermaid(ServiceDiagram diagram, Writer out) throws IOException {
        Map<String, String> ids = ids(diagram);
        StringBuilder text = new StringBuilder("flowchart LR\n");
        for (String service : diagram.services()) {
            text.append("  ").append(ids.get(service)).append("[\"").append(mermaidLabel(service)).append("\"]\n");
        }
        for (ServiceDiagram.Edge edge : diagram.edges()) {
            String arrow;
            switch (style(edge)) {
                case "dashed": arrow = " -.->|"; break;
                case "dotted": arrow = " ==>|"; break;
                default: arrow = " -->|";
            }
            text.append("  ").append(id(ids, edge.from())).append(arrow).append(mermaidLabel(edge.kind()))
                    .append("| ").append(id(ids, edge.to())).append('\n');
        }
        out.write(text.toString());
    }

    private static String style(ServiceDiagram.Edge edge) {
        if (edge.isSync()) {
            return "solid";
        }
        return edge.kind().equals("data") ? "dotted" : "dashed";
    }

    private static Map<String, String> ids(ServiceDiagram diagram) {
        Map<String, String> ids = new HashMap<>();
        List<String> services = diagram.services();
        for (int i = 0; i < services.size(); i++) {
            ids.putIfAbsent(services.get(i), "s" + i);
        }
        return ids;
    }

    /** Edges may name services the model does not declare (dangling coarse dependencies): name them. */
    private static String id(Map<String, String> ids, String service) {
        String id = ids.get(service);
        return id != null ? id : "x_" + service.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String dotString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String mermaidLabel(String text) {
        return text.replace("\"", "#quot;").replace("|", "#124;").replace("<", "#lt;").replace(">", "#gt;");
    }
}
