package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.compare.ComparisonReport;
import java.util.Locale;
import java.util.function.BiFunction;

/** The formats of {@code mdecomp simulate compare}, each a renderer factory. */
public enum CompareFormat {
    TEXT((color, labels) -> new TextComparisonRenderer(color, labels)),
    JSON((color, labels) -> new JsonComparisonRenderer(labels)),
    MARKDOWN((color, labels) -> new MarkdownComparisonRenderer(labels)),
    HTML((color, labels) -> new HtmlComparisonRenderer(labels));

    private final BiFunction<Boolean, ComparisonLabels, Renderer<ComparisonReport>> factory;

    CompareFormat(BiFunction<Boolean, ComparisonLabels, Renderer<ComparisonReport>> factory) {
        this.factory = factory;
    }

    /** A renderer for this format; {@code color} only matters for text. */
    public Renderer<ComparisonReport> renderer(boolean color, ComparisonLabels labels) {
        return factory.apply(color, labels);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
