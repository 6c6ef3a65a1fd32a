package io.mdecomp.analysis;

import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.analysis.metrics.MetricsCalculator;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.plan.Evaluation;
import io.mdecomp.analysis.plan.Plan;
import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.plan.Planner;
import io.mdecomp.analysis.plan.ProposalComparison;
import io.mdecomp.analysis.propose.Proposal;
import io.mdecomp.analysis.propose.ProposalNote;
import io.mdecomp.analysis.propose.ProposeOptions;
import io.mdecomp.analysis.propose.Proposer;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleEngine;
import io.mdecomp.model.DomainModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The analysis facade (SPEC §4): builds the entity and service graphs of a model, computes every
 * metric, runs the rules, computes the plan of recommendations and compares its cut with the
 * proposal's. Pure: the same model and settings give an equal report. Near-linear in the size of
 * the model and the number of entity-graph edges, plus the plan's trial analyses (bounded, see
 * {@link Planner}).
 */
public final class Analyzer {

    private Analyzer() {
    }

    /** Analyses {@code model} with {@code settings}. */
    public static AnalysisReport analyze(DomainModel model, AnalysisSettings settings) {
        Evaluation base = evaluate(model, settings);
        // the proposal and the plan are independent: the proposal is made on a second thread
        CompletableFuture<ProposalComparison.Proposed> proposed = CompletableFuture.supplyAsync(
                () -> proposed(base, settings));
        Plan plan = new Planner(m -> evaluate(m, settings), settings).plan(base);
        plan = plan.comparedWith(ProposalComparison.of(base, plan, join(proposed)));
        return new AnalysisReport(model.system(), base.services(), base.metrics(), recommended(base.findings(), plan),
                plan, base.context().entityGraph(), base.context().serviceGraph());
    }

    /** The metrics and findings of {@code model}, without a plan: what each plan step is judged by. */
    public static Evaluation evaluate(DomainModel model, AnalysisSettings settings) {
        AnalysisContext context = context(model, settings);
        MetricsCalculator calculator = new MetricsCalculator(context);
        List<ServiceMetrics> services = calculator.services();
        SystemMetrics metrics = calculator.system(services);
        List<Finding> findings = new RuleEngine(context, services, metrics, calculator.chains(), calculator.cycles())
                .findings();
        return new Evaluation(context, services, metrics, findings);
    }

    /** The proposal with the default options (Leiden, resolution 1, seed 1), evaluated like the model. */
    private static ProposalComparison.Proposed proposed(Evaluation base, AnalysisSettings settings) {
        ProposeOptions options = ProposeOptions.defaults();
        Proposer.Evaluated evaluated = new Proposer(settings).evaluated(base.model(), base.context().entityGraph(),
                options);
        Proposal proposal = evaluated.proposal();
        return new ProposalComparison.Proposed(options.algorithm().label(), proposal.assignment(),
                proposal.currentModularity(), proposal.proposedModularity(),
                proposal.notes().stream().map(ProposalNote::message).toList(), Optional.of(evaluated.evaluation()));
    }

    /** The value of {@code future}, rethrowing what it threw (an input error stays one). */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Each finding a plan step resolves recommends that step, after the rule's own advice when it
     * has some: {@code <advice>; plan step 2: merge ...}.
     */
    private static List<Finding> recommended(List<Finding> findings, Plan plan) {
        Map<String, PlanStep> resolvedBy = new HashMap<>();
        for (PlanStep step : plan.steps()) {
            step.effect().resolved().forEach(f -> resolvedBy.putIfAbsent(f.key(), step));
        }
        List<Finding> result = new ArrayList<>();
        for (Finding finding : findings) {
            PlanStep step = resolvedBy.get(finding.key());
            String planned = step == null ? null : "plan step " + step.number() + ": " + step.change().detail();
            result.add(planned == null ? finding
                    : finding.recommending(finding.recommendation().map(own -> own + "; " + planned).orElse(planned)));
        }
        return result;
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
