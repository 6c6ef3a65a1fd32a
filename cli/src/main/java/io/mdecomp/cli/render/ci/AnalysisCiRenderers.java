package io.mdecomp.cli.render.ci;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.check.Baseline;
import io.mdecomp.analysis.check.CheckResult;
import io.mdecomp.analysis.check.FailOn;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.cli.render.AnalysisView;
import io.mdecomp.cli.render.Renderer;
import java.util.List;
import java.util.Optional;

/**
 * The CI formats for {@code analyze}: Markdown, SARIF and JUnit show the analysis as a check
 * without a baseline at the default {@code --fail-on error}; DOT and Mermaid draw the service
 * graph. The artifact URI is the file the findings point into (the model as the user named it).
 */
public final class AnalysisCiRenderers {

    private AnalysisCiRenderers() {
    }

    public static Renderer<AnalysisView> markdown() {
        return (view, writer) -> new MarkdownRenderer().render(report(view), writer);
    }

    public static Renderer<AnalysisView> sarif() {
        return (view, writer) -> new SarifRenderer().render(report(view), writer);
    }

    public static Renderer<AnalysisView> junit() {
        return (view, writer) -> new JUnitRenderer().render(report(view), writer);
    }

    public static Renderer<AnalysisView> dot() {
        return (view, writer) -> new GraphRenderer().dot(view.system(), diagram(view), writer);
    }

    public static Renderer<AnalysisView> mermaid() {
        return (view, writer) -> new GraphRenderer().mermaid(diagram(view), writer);
    }

    private static ServiceDiagram diagram(AnalysisView view) {
        List<ServiceDiagram.Edge> edges = view.dependencies().stream()
                .map(e -> new ServiceDiagram.Edge(e.source(), e.target(), e.kind().label(), e.sync())).toList();
        return new ServiceDiagram(view.services().stream().map(ServiceMetrics::name).toList(), edges);
    }

    private static CiReport report(AnalysisView view) {
        String uri = view.findings().stream().map(Finding::location).filter(l -> l.isKnown())
                .map(l -> l.file().replace('\\', '/')).findFirst().orElse("model.yaml");
        return new CiReport("analyze", view.system(), uri, diagram(view), Optional.of(view.metrics()),
                CheckResult.of(view.findings(), Baseline.EMPTY, FailOn.ERROR), AnalysisSettings.defaults(), "dev",
                Optional.of(view.plan()));
    }
}
