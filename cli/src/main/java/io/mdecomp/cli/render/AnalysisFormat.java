package io.mdecomp.cli.render;

import java.util.Locale;
import java.util.function.Function;

/** The formats of {@code analyze}, each a factory of its renderer. */
public enum AnalysisFormat {
    /** Aligned tables for people. */
    TEXT(TextAnalysisRenderer::new),
    /** The JSON contract of SPEC §4 (docs/json.md). */
    JSON(options -> new JsonAnalysisRenderer()),
    /** One self-contained HTML page: service graph as SVG, sortable tables, findings. */
    HTML(options -> new HtmlAnalysisRenderer());

    private final Function<RenderOptions, Renderer<AnalysisView>> factory;

    AnalysisFormat(Function<RenderOptions, Renderer<AnalysisView>> factory) {
        this.factory = factory;
    }

    /** A renderer of this format. */
    public Renderer<AnalysisView> renderer(RenderOptions options) {
        return factory.apply(options);
    }

    /** The name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
