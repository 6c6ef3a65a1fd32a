package io.mdecomp.cli.render;

import io.mdecomp.analysis.graph.DependencyKind;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.metrics.Partner;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.Tie;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.plan.Effect;
import io.mdecomp.analysis.plan.OpenFinding;
import io.mdecomp.analysis.plan.Plan;
import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.plan.ProposalComparison;
import io.mdecomp.analysis.recommend.Merge;
import io.mdecomp.analysis.recommend.Move;
import io.mdecomp.analysis.recommend.Split;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/** Hand-built analysis reports for renderer tests. */
final class SampleReports {

    private static final DomainModel EMPTY = new DomainModel("shop", 1, List.of(), List.of(), List.of(), List.of(),
            SourceLocation.UNKNOWN);
    private static final SystemMetrics QUIET_METRICS = new SystemMetrics(0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0,
            List.of(), 1, 4);

    private SampleReports() {
    }

    /** Three services, one cycle, findings of every severity and a plan with one step of each kind. */
    static AnalysisView shop() {
        List<ServiceMetrics> services = List.of(
                new ServiceMetrics("OrderService", 0.6333333333, 0.25, 0.8, 0.2,
                        List.of(new Partner("PaymentService", 6.5), new Partner("CatalogService", 1.0 / 3)),
                        Optional.of(new Tie("PaymentService", 13, 3.25)), 1, 2, 2.0 / 3, 1, 2, 2, 0.75, 2, 2),
                new ServiceMetrics("PaymentService", 0.2166666667, 0.0, 0.5, 0.5,
                        List.of(new Partner("OrderService", 6.5)), Optional.of(new Tie("OrderService", 3.25, 3.25)),
                        1, 1, 0.5, 1, 1, 1, 1.0, 1, 1),
                new ServiceMetrics("CatalogService", 0.85, 0.0, 1.0, 0.0, List.of(), Optional.empty(), 1, 0, 0.0, 1, 0, 0,
                        0.5, 0, 0));
        SystemMetrics metrics = new SystemMetrics(0.41234, 2.3, 0.125, 0.3, 1.5, 0.0, 1.0 / 3, 1,
                List.of(List.of("OrderService", "PaymentService", "OrderService")), 3, 36);
        List<Finding> findings = List.of(
                new Finding(RuleId.MD007, Severity.NOTE, "granularity 0.22 of PaymentService is below 0.3",
                        List.of("PaymentService"), new SourceLocation("model.yaml", 40, 5),
                        Optional.of("merge PaymentService into OrderService")),
                new Finding(RuleId.MD001, Severity.ERROR,
                        "sync call cycle OrderService -> PaymentService -> OrderService",
                        List.of("OrderService", "PaymentService"), new SourceLocation("model.yaml", 22, 9),
                        Optional.empty()),
                new Finding(RuleId.MD006, Severity.WARNING, "granularity 0.85 of CatalogService is above 0.8",
                        List.of("CatalogService"), SourceLocation.UNKNOWN, Optional.empty()));
        SystemMetrics after = new SystemMetrics(0.5, 2.6, 0.2, 0.25, 1.5, 0.0, 0.25, 0, List.of(), 2, 48);
        Finding tooFine = new Finding(RuleId.MD007, Severity.NOTE, "granularity 0.10 of TaxService is below 0.3",
                List.of("TaxService"), new SourceLocation("model.yaml", 60, 5), Optional.empty());
        Finding busyTeam = new Finding(RuleId.MD014, Severity.NOTE, "team 'shop' owns 5 services, more than 4",
                List.of("shop"), SourceLocation.UNKNOWN, Optional.empty());
        List<PlanStep> steps = List.of(
                new PlanStep(1, new Split("CatalogService", List.of(new Split.Group("CatalogService", List.of("Product")),
                        new Split.Group("PriceService", List.of("Price", "Discount"))), 2.5,
                        List.of("PriceService.quote -> CatalogService.getProduct"),
                        "split CatalogService into CatalogService {Product} and PriceService {Price, Discount}"),
                        new Effect(List.of(findings.get(2)), List.of(busyTeam), List.of(),
                                MetricDelta.between(metrics, after), List.of(
                                new Effect.ServiceChange("CatalogService", Optional.of(services.get(2)),
                                        Optional.of(services.get(2))),
                                new Effect.ServiceChange("PriceService", Optional.empty(), Optional.of(services.get(1))))),
                        List.of("Price", "Discount")),
                new PlanStep(2, new Move("OrderService", List.of("Invoice"), "PaymentService", 0.75, List.of(),
                        "move Invoice from OrderService to PaymentService (75% of its weight)"),
                        new Effect(List.of(findings.get(1)), List.of(), List.of(), MetricDelta.between(after, after),
                                List.of()), List.of("Invoice")),
                new PlanStep(3, new Merge("TaxService", "PaymentService", 6.5, 0.7, List.of(),
                        "merge TaxService into PaymentService (weight 6.5, merged granularity 0.70)"),
                        new Effect(List.of(tooFine), List.of(), List.of(), MetricDelta.between(after, after),
                                List.of(new Effect.ServiceChange("TaxService", Optional.of(services.get(1)),
                                        Optional.empty()))), List.of("Tax")));
        ProposalComparison comparison = new ProposalComparison("leiden", 2, 0.41234, 0.5, 0.55, 50, 0.25,
                List.of(new ProposalComparison.Difference("OrderService", List.of("Order", "Product"),
                        List.of("OrderService (Order)", "CatalogService (Product)"),
                        "the plan keeps them apart: no finding calls for joining them.")),
                List.of(findings.get(1)), List.of("the cut forces the cycle OrderService -> CatalogService -> OrderService"));
        Plan plan = new Plan(steps, List.of(new OpenFinding(findings.get(0), "tried: merge PaymentService into "
                + "OrderService would introduce MD001 OrderService, PaymentService")),
                "no further step resolves a finding without introducing an error or undoing an earlier step",
                metrics, after, EMPTY, Optional.of(comparison));
        return new AnalysisView("shop", services, metrics, findings, plan,
                List.of(edge("OrderService", "CatalogService", DependencyKind.DATA, false),
                        edge("OrderService", "PaymentService", DependencyKind.SYNC_CALL, true),
                        edge("PaymentService", "OrderService", DependencyKind.EVENT, false),
                        edge("PaymentService", "OrderService", DependencyKind.SYNC_CALL, true)));
    }

    /** A system with one quiet service: no findings, no recommendations, no cycles. */
    static AnalysisView quiet() {
        return new AnalysisView("solo", List.of(new ServiceMetrics("OnlyService", 0.5, 0.0, 1.0, 0.0, List.of(),
                Optional.empty(), 0, 0, 0.0, 0, 0, 0, 0.0, 0, 0)),
                QUIET_METRICS, List.of(), new Plan(List.of(), List.of(), "no change of the cut resolves a finding "
                        + "without introducing an error", QUIET_METRICS, QUIET_METRICS, EMPTY, Optional.empty()),
                List.of());
    }

    private static ServiceEdge edge(String from, String to, DependencyKind kind, boolean sync) {
        return new ServiceEdge(from, to, kind, sync, 1.0, List.of("via <" + kind.label() + "> & more"),
                SourceLocation.UNKNOWN);
    }
}
