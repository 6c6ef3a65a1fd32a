package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.tune.CapacityReport;
import java.util.Locale;
import java.util.function.Function;

/** The formats of {@code tune capacity}, each a renderer factory given whether to colour text. */
public enum CapacityFormat {
    TEXT(TextCapacityRenderer::new),
    JSON(color -> new JsonCapacityRenderer()),
    HTML(color -> new HtmlCapacityRenderer());

    private final Function<Boolean, Renderer<CapacityReport>> factory;

    CapacityFormat(Function<Boolean, Renderer<CapacityReport>> factory) {
        this.factory = factory;
    }

    public Renderer<CapacityReport> renderer(boolean color) {
        return factory.apply(color);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
