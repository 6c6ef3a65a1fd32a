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
    HTML(options -> new HtmlAnalysisRenderer()),
    /** Summary, findings table and Mermaid graph for a pull request (as {@code check} without a baseline). */
    MARKDOWN(options -> io.mdecomp.cli.render.ci.AnalysisCiRenderers.markdown()),
    /** SARIF 2.1.0 for code scanning. */
    SARIF(options -> io.mdecomp.cli.render.ci.AnalysisCiRenderers.sarif()),
    /** JUnit XML: a test case per rule, a failure per error finding. */
    JUNIT(options -> io.mdecomp.cli.render.ci.AnalysisCiRenderers.junit()),
    /** The service graph in Graphviz DOT. */
    DOT(options -> io.mdecomp.cli.render.ci.AnalysisCiRenderers.dot()),
    /** The service graph as a Mermaid flowchart. */
    MERMAID(options -> io.mdecomp.cli.render.ci.AnalysisCiRenderers.mermaid());

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
