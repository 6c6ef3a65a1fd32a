package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.sweep.SweepReport;
import java.util.Locale;
import java.util.function.Function;

/** The formats of {@code sweep run} and {@code merge}, each a renderer factory given whether to colour text. */
public enum SweepFormat {
    TEXT(TextSweepRenderer::new),
    JSON(color -> new JsonSweepRenderer()),
    HTML(color -> new HtmlSweepRenderer());

    private final Function<Boolean, Renderer<SweepReport>> factory;

    SweepFormat(Function<Boolean, Renderer<SweepReport>> factory) {
        this.factory = factory;
    }

    public Renderer<SweepReport> renderer(boolean color) {
        return factory.apply(color);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
