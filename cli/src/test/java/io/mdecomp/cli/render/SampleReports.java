package io.mdecomp.cli.render;

import io.mdecomp.analysis.graph.DependencyKind;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.metrics.Partner;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.Tie;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.recommend.Merge;
import io.mdecomp.analysis.recommend.Move;
import io.mdecomp.analysis.recommend.Split;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/** Hand-built analysis reports for renderer tests. */
final class SampleReports {

    private SampleReports() {
    }

    /** Three services, one cycle, findings of every severity and one recommendation of each kind. */
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
        return new AnalysisView("shop", services, metrics, findings, List.of(
                new Split("CatalogService", List.of(new Split.Group("ProductService", List.of("Product")),
                        new Split.Group("PriceService", List.of("Price", "Discount"))), 2.5,
                        List.of("PriceService -> ProductService"),
                        "split CatalogService into ProductService {Product} and PriceService {Price, Discount}"),
                new Merge("PaymentService", "OrderService", 6.5, 0.7,
                        "merge PaymentService into OrderService (weight 6.5, merged granularity 0.70)"),
                new Move("OrderService", List.of("Invoice"), "PaymentService", 0.75,
                        "move Invoice from OrderService to PaymentService (75% of its weight)")),
                List.of(edge("OrderService", "CatalogService", DependencyKind.DATA, false),
                        edge("OrderService", "PaymentService", DependencyKind.SYNC_CALL, true),
                        edge("PaymentService", "OrderService", DependencyKind.EVENT, false),
                        edge("PaymentService", "OrderService", DependencyKind.SYNC_CALL, true)));
    }

    /** A system with one quiet service: no findings, no recommendations, no cycles. */
    static AnalysisView quiet() {
        return new AnalysisView("solo", List.of(new ServiceMetrics("OnlyService", 0.5, 0.0, 1.0, 0.0, List.of(),
                Optional.empty(), 0, 0, 0.0, 0, 0, 0, 0.0, 0, 0)),
                new SystemMetrics(0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, List.of(), 1, 4),
                List.of(), List.of(), List.of());
    }

    private static ServiceEdge edge(String from, String to, DependencyKind kind, boolean sync) {
        return new ServiceEdge(from, to, kind, sync, 1.0, List.of("via <" + kind.label() + "> & more"),
                SourceLocation.UNKNOWN);
    }
}
