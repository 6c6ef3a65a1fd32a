package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.DomainModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A model measured and checked, without a plan: what the planner compares before and after each
 * step.
 *
 * @param context  the model, settings and graphs
 * @param services per-service metrics, sorted by name
 * @param metrics  system metrics
 * @param findings the rules' findings, without plan recommendations
 */
public record Evaluation(AnalysisContext context, List<ServiceMetrics> services, SystemMetrics metrics,
                         List<Finding> findings) {

    public Evaluation {
        Objects.requireNonNull(context, "context");
        services = List.copyOf(services);
        Objects.requireNonNull(metrics, "metrics");
        findings = List.copyOf(findings);
    }

    public DomainModel model() {
        return context.model();
    }

    /** The metrics of {@code service}, if it exists. */
    public Optional<ServiceMetrics> service(String service) {
        return services.stream().filter(s -> s.name().equals(service)).findFirst();
    }

    /** Evaluates a model: the analysis without a plan. */
    @FunctionalInterface
    public interface Evaluator {
        Evaluation evaluate(DomainModel model);
    }
}
