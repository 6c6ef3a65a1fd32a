package io.mdecomp.cli.render.evaluate;

import io.mdecomp.analysis.evaluate.Evaluation;
import io.mdecomp.cli.render.RenderOptions;
import io.mdecomp.cli.render.Renderer;
import java.util.Locale;
import java.util.function.Function;

/** The formats of {@code evaluate}, each a factory of its renderer. */
public enum EvaluationFormat {
    /** Aligned tables, then what each assignment gets wrong. */
    TEXT(EvaluationTextRenderer::new),
    /** The JSON contract (docs/evaluate.md). */
    JSON(options -> new EvaluationJsonRenderer()),
    /** A Markdown table of the scores, for documents and pull requests. */
    MARKDOWN(options -> new EvaluationMarkdownRenderer());

    private final Function<RenderOptions, Renderer<Evaluation>> factory;

    EvaluationFormat(Function<RenderOptions, Renderer<Evaluation>> factory) {
        this.factory = factory;
    }

    /** A renderer of this format. */
    public Renderer<Evaluation> renderer(RenderOptions options) {
        return factory.apply(options);
    }

    /** The name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
