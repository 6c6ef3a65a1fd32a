package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.result.SimulationReport;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The formats of {@code mdecomp simulate scenarios}, each a renderer factory given whether to
 * colour text and, per scenario name, the warm-up and faults the HTML report marks on its charts.
 */
public enum SimulationFormat {
    TEXT((color, marks) -> new TextSimulationRenderer(color)),
    JSON((color, marks) -> new JsonSimulationRenderer()),
    CSV((color, marks) -> new CsvSimulationRenderer()),
    JUNIT((color, marks) -> new JunitSimulationRenderer()),
    SARIF((color, marks) -> new SarifSimulationRenderer()),
    HTML((color, marks) -> new HtmlSimulationRenderer(marks));

    private final BiFunction<Boolean, Map<String, TimeMarks>, Renderer<SimulationReport>> factory;

    SimulationFormat(BiFunction<Boolean, Map<String, TimeMarks>, Renderer<SimulationReport>> factory) {
        this.factory = factory;
    }

    /** A renderer for this format; {@code color} only matters for text, {@code marks} only for HTML. */
    public Renderer<SimulationReport> renderer(boolean color, Map<String, TimeMarks> marks) {
        return factory.apply(color, marks);
    }

    /** A renderer for this format with no time marks. */
    public Renderer<SimulationReport> renderer(boolean color) {
        return renderer(color, Map.of());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
