package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.result.SimulationReport;
import java.util.Locale;
import java.util.function.Function;

/** The formats of {@code mdecomp simulate scenarios}, each a renderer factory (colour on or off). */
public enum SimulationFormat {
    TEXT(TextSimulationRenderer::new),
    JSON(color -> new JsonSimulationRenderer()),
    CSV(color -> new CsvSimulationRenderer()),
    JUNIT(color -> new JunitSimulationRenderer()),
    SARIF(color -> new SarifSimulationRenderer());

    private final Function<Boolean, Renderer<SimulationReport>> factory;

    SimulationFormat(Function<Boolean, Renderer<SimulationReport>> factory) {
        this.factory = factory;
    }

    /** A renderer for this format; {@code color} only matters for text. */
    public Renderer<SimulationReport> renderer(boolean color) {
        return factory.apply(color);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
