package io.mdecomp.cli.render;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.plan.Plan;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.rules.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What the analysis renderers show: the system's name, the metrics of each service and of the
 * system, the findings (most severe first) and the plan of recommendations.
 *
 * @param system          the system's name
 * @param services        per-service metrics, in model order
 * @param metrics         system metrics
 * @param findings        rule findings, in {@link Finding#ORDER}
 * @param plan            the plan: split / merge / move steps in order, with their effects
 * @param dependencies    the service graph's edges (source, target, kind), sorted
 */
public record AnalysisView(String system, List<ServiceMetrics> services, SystemMetrics metrics,
                           List<Finding> findings, Plan plan, List<ServiceEdge> dependencies) {

    public AnalysisView {
        Objects.requireNonNull(system, "system");
        services = List.copyOf(services);
        Objects.requireNonNull(metrics, "metrics");
        findings = findings.stream().sorted(Finding.ORDER).toList();
        Objects.requireNonNull(plan, "plan");
        dependencies = List.copyOf(dependencies);
    }

    /** A view without the service graph's edges (the HTML graph then shows the services only). */
    public AnalysisView(String system, List<ServiceMetrics> services, SystemMetrics metrics, List<Finding> findings,
                        Plan plan) {
        this(system, services, metrics, findings, plan, List.of());
    }

    /** The plan's changes, in order. */
    public List<Recommendation> recommendations() {
        return plan.recommendations();
    }

    /** The view of an analysis report. */
    public static AnalysisView of(AnalysisReport report) {
        return new AnalysisView(report.system(), report.services(), report.metrics(), report.findings(),
                report.plan(), report.serviceGraph().edges());
    }
}
