package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.tune.ResilienceReport;
import java.util.Locale;
import java.util.function.Function;

/** The formats of {@code tune resilience}, each a renderer factory given whether to colour text. */
public enum ResilienceFormat {
    TEXT(TextResilienceRenderer::new),
    JSON(color -> new JsonResilienceRenderer()),
    HTML(color -> new HtmlResilienceRenderer());

    private final Function<Boolean, Renderer<ResilienceReport>> factory;

    ResilienceFormat(Function<Boolean, Renderer<ResilienceReport>> factory) {
        this.factory = factory;
    }

    public Renderer<ResilienceReport> renderer(boolean color) {
        return factory.apply(color);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
