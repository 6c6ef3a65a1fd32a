package io.mdecomp.analysis.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.plan.ProposalComparison;
import io.mdecomp.analysis.recommend.Merge;
import io.mdecomp.analysis.recommend.Move;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.recommend.Split;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.format.ModelReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plans of the bundled samples: what was seen to go wrong before the plan, pinned. */
class SamplePlanTest {

    private static AnalysisReport analyze(String sample) {
        return Analyzer.analyze(ModelReader.read(Path.of("..", "samples", sample, "model.yaml")));
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    @Test
    void theAntipatternsPlanNeverContradictsItself() {
        List<PlanStep> steps = analyze("antipatterns").plan().steps();

        // no merge one way and the other way; no step names a service an earlier merge removed
        Set<String> gone = new HashSet<>();
        for (PlanStep step : steps) {
            Recommendation change = step.change();
            assertThat(gone).as("step %d", step.number()).doesNotContain(change.service());
            if (change instanceof Merge merge) {
                assertThat(gone).as("step %d", step.number()).doesNotContain(merge.into());
                gone.add(merge.service());
            } else if (change instanceof Move move) {
                assertThat(gone).as("step %d", step.number()).doesNotContain(move.to());
            }
        }
        // Refund belongs to aggregate Payment (PaymentService) and to zone pci: the first step moves it there,
        // resolving the split aggregate, the two writers and the mixed zones of OrderService at once
        assertThat(steps.get(0).change()).isInstanceOfSatisfying(Move.class, move -> {
            assertThat(move.entities()).containsExactly("Refund");
            assertThat(move.service()).isEqualTo("OrderService");
            assertThat(move.to()).isEqualTo("PaymentService");
        });
        assertThat(keys(steps.get(0).effect().resolved())).contains("MD005:Payment,OrderService,PaymentService",
                "MD015:OrderService,pci,personal-data", "MD003:Refund,OrderService,PaymentService");
        // no split keeps Refund (pci) with DeliveryAddress (personal-data)
        for (PlanStep step : steps) {
            if (step.change() instanceof Split split) {
                assertThat(split.groups()).noneMatch(g -> g.entities().containsAll(List.of("Refund", "DeliveryAddress")));
            }
        }
        // the coarse OrderService is split along its contexts
        assertThat(steps).filteredOn(s -> s.change() instanceof Split).extracting(s -> s.change().service())
                .containsExactly("OrderService");
    }

    @Test
    void theMonolithIsSplitAlongItsContextsAlthoughItIsNotTooCoarse() {
        AnalysisReport report = analyze("monolith");
        // granularity 0.78 is below 0.80: MD006 does not fire, but MD011 (six contexts) does
        assertThat(report.service("ShopMonolith").orElseThrow().granularity()).isLessThan(0.8);

        PlanStep first = report.plan().steps().get(0);
        assertThat(first.change()).isInstanceOfSatisfying(Split.class, split -> {
            assertThat(split.service()).isEqualTo("ShopMonolith");
            assertThat(split.groups()).extracting(Split.Group::name).containsExactly("ShopMonolith", "CatalogService",
                    "InventoryService", "ShippingService", "CustomersService", "BillingService");
            assertThat(split.groups().get(0).entities()).containsExactly("Order", "OrderLine", "Cart", "CartItem");
            assertThat(split.groups().get(5).entities()).containsExactly("Payment");
        });
        assertThat(keys(first.effect().resolved())).containsExactly("MD003:Payment,BackOffice,ShopMonolith",
                "MD015:ShopMonolith,payments,personal-data",
                "MD011:ShopMonolith,Billing,Catalog,Customers,Inventory,Sales,Shipping");
        assertThat(report.findings()).filteredOn(f -> f.key().startsWith("MD011:ShopMonolith")).singleElement()
                .satisfies(f -> assertThat(f.recommendation()).hasValueSatisfying(r ->
                        assertThat(r).contains("plan step 1: split ShopMonolith")));
    }

    @Test
    void analyzeSaysWhereItsPlanAndTheProposalDifferAndWhy() {
        ProposalComparison comparison = analyze("monolith").plan().comparison().orElseThrow();

        assertThat(comparison.algorithm()).isEqualTo("leiden");
        // the proposal keeps Product, Category, Review with StockItem; the plan keeps Catalog and Inventory apart
        assertThat(comparison.differences()).filteredOn(d -> d.aggregates().contains("StockItem")).singleElement()
                .satisfies(d -> {
                    assertThat(d.aggregates()).containsExactly("Product", "Category", "Review", "StockItem");
                    assertThat(d.plan()).containsExactly("CatalogService (Product, Category, Review)",
                            "InventoryService (StockItem)");
                    assertThat(d.why()).contains("step 1 (split ShopMonolith)")
                            .contains("2 bounded contexts (Catalog, Inventory)")
                            .contains("The proposal joins them for modularity");
                });
    }
}
