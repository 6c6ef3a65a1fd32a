package io.mdecomp.analysis;

import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.plan.Plan;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.rules.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Analyzer#analyze}: everything renderers print or draw.
 *
 * @param system          the system's name
 * @param services        per-service metrics, sorted by name
 * @param metrics         system metrics
 * @param findings        rule findings in {@link Finding#ORDER}
 * @param plan            the plan of recommendations: split, merge and move steps in order, each with its
 *                        effect, and how its cut compares with the proposal's
 * @param entityGraph     the scored entity graph (read-only), with each edge's explanation
 * @param serviceGraph    the service dependency graph (read-only), edges labelled by kind
 */
public record AnalysisReport(String system, List<ServiceMetrics> services, SystemMetrics metrics,
                             List<Finding> findings, Plan plan,
                             EntityGraph entityGraph, ServiceGraph serviceGraph) {

    public AnalysisReport {
        Objects.requireNonNull(system, "system");
        services = services.stream().sorted(Comparator.comparing(ServiceMetrics::name)).toList();
        Objects.requireNonNull(metrics, "metrics");
        findings = findings.stream().sorted(Finding.ORDER).toList();
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(entityGraph, "entityGraph");
        Objects.requireNonNull(serviceGraph, "serviceGraph");
    }

    /** The plan's changes, in order. */
    public List<Recommendation> recommendations() {
        return plan.recommendations();
    }

    /** The metrics of {@code service}, if it exists. */
    public java.util.Optional<ServiceMetrics> service(String service) {
        return services.stream().filter(s -> s.name().equals(service)).findFirst();
    }
}
