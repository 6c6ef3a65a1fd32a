package io.mdecomp.analysis;

import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.analysis.metrics.MetricsCalculator;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.recommend.Recommender;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleEngine;
import io.mdecomp.model.DomainModel;
import java.util.List;

/**
 * The analysis facade (SPEC §4): builds the entity and service graphs of a model, computes every
 * metric, runs the rules and derives the recommendations. Pure: the same model and settings give
 * an equal report. Near-linear in the size of the model and the number of entity-graph edges.
 */
public final class Analyzer {

    private Analyzer() {
    }

    /** Analyses {@code model} with {@code settings}. */
    public static AnalysisReport analyze(DomainModel model, AnalysisSettings settings) {
        AnalysisContext context = context(model, settings);
        MetricsCalculator calculator = new MetricsCalculator(context);
        List<ServiceMetrics> services = calculator.services();
        SystemMetrics metrics = calculator.system(services);
        List<Recommendation> recommendations = new Recommender(context, services).recommendations();
        List<Finding> findings = new RuleEngine(context, services, metrics, recommendations).findings();
        return new AnalysisReport(model.system(), services, metrics, findings, recommendations,
                context.entityGraph(), context.serviceGraph());
    }

    /**
     * The graphs and metrics of {@code model}, equal to those {@link #analyze} reports, without
     * running the rules or deriving recommendations.
     */
    public static Measurement measure(DomainModel model, AnalysisSettings settings) {
        return measure(model, settings, EntityGraph.of(model, settings));
    }

    /**
     * {@link #measure(DomainModel, AnalysisSettings)} with the entity graph already built: {@code
     * entityGraph} must be {@code EntityGraph.of(model, settings)}.
     */
    public static Measurement measure(DomainModel model, AnalysisSettings settings, EntityGraph entityGraph) {
        AnalysisContext context = new AnalysisContext(model, settings, entityGraph, ServiceGraph.of(model));
        MetricsCalculator calculator = new MetricsCalculator(context);
        List<ServiceMetrics> services = calculator.services();
        return new Measurement(services, calculator.system(services), context.entityGraph(), context.serviceGraph());
    }

    private static AnalysisContext context(DomainModel model, AnalysisSettings settings) {
        return new AnalysisContext(model, settings, EntityGraph.of(model, settings), ServiceGraph.of(model));
    }

    /** Analyses {@code model} with the defaults of SPEC §4. */
    public static AnalysisReport analyze(DomainModel model) {
        return analyze(model, AnalysisSettings.defaults());
    }
}
