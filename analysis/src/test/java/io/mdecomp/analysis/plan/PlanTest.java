package io.mdecomp.analysis.plan;

import static io.mdecomp.analysis.Fixtures.call;
import static io.mdecomp.analysis.Fixtures.endpoint;
import static io.mdecomp.analysis.Fixtures.member;
import static io.mdecomp.analysis.Fixtures.model;
import static io.mdecomp.analysis.Fixtures.root;
import static io.mdecomp.analysis.Fixtures.service;
import static io.mdecomp.analysis.Fixtures.zoned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.recommend.Merge;
import io.mdecomp.analysis.recommend.Move;
import io.mdecomp.analysis.recommend.Split;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The plan on small hand-built models, with hand-worked expectations. */
class PlanTest {

    private static List<PlanStep> steps(DomainModel model) {
        return Analyzer.analyze(model).plan().steps();
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    /**
     * Monolith (complexity 0.9, 20 endpoints, 6 entities: (1 + 0.6 + 0.9) / 3 = 0.83) owns two
     * aggregates that are used apart: Order with OrderItem and Shipment, Product with Price and
     * Stock; only "quote" reads Product while writing Order.
     */
    static DomainModel monolith() {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(endpoint("place", List.of(), List.of("Order", "OrderItem", "Shipment")));
        endpoints.add(endpoint("price", List.of(), List.of("Product", "Price", "Stock")));
        endpoints.add(endpoint("quote", List.of("Product"), List.of("Order")));
        IntStream.range(0, 17).forEach(i -> endpoints.add(endpoint("misc" + i)));
        return model(List.of(root("Order", "Shop"), member("OrderItem", "Shop", "Order"), member("Shipment", "Shop", "Order"),
                        root("Product", "Shop"), member("Price", "Shop", "Product"), member("Stock", "Shop", "Product")),
                List.of(service("Monolith", "Shop", null, 0.9,
                        List.of("Order", "OrderItem", "Shipment", "Product", "Price", "Stock"),
                        endpoints.toArray(Endpoint[]::new))));
    }

    @Test
    void splitsCoarseServiceAlongAggregateBoundary() {
        List<PlanStep> steps = steps(monolith());

        assertThat(steps).singleElement().satisfies(step -> {
            Split split = (Split) step.change();
            assertThat(split.service()).isEqualTo("Monolith");
            // one context, no zones: Leiden on the two contracted aggregates; the first group keeps the name
            assertThat(split.groups()).containsExactly(
                    new Split.Group("Monolith", List.of("Order", "OrderItem", "Shipment")),
                    new Split.Group("ProductService", List.of("Product", "Price", "Stock")));
            // raw: six written-together pairs 10, Order-Product 3 → p90 10; cut = Order-Product 3 · 3 = 9
            assertThat(split.cutWeight()).isCloseTo(9, within(1e-9));
            // quote writes Order, so it stays; its read of Product becomes a query to the new owner
            assertThat(split.newCalls()).containsExactly("Monolith.quote -> ProductService.getProduct");
            assertThat(split.detail()).isEqualTo("split Monolith (granularity 0.83) into Monolith (Order, OrderItem, "
                    + "Shipment), ProductService (Product, Price, Stock); cut weight 9.00; new calls: Monolith.quote "
                    + "-> ProductService.getProduct");
            assertThat(keys(step.effect().resolved())).containsExactly("MD006:Monolith");
            // the metrics after the step are those of the split model: Monolith keeps every endpoint but price
            // (19) and 3 entities; ProductService has price and the new getProduct
            assertThat(step.effect().services()).filteredOn(c -> c.service().equals("Monolith")).singleElement()
                    .satisfies(c -> assertThat(c.after().orElseThrow().granularity())
                            .isCloseTo((19 / 20.0 + 0.3 + 0.9) / 3, within(1e-12)));
            assertThat(step.effect().services()).filteredOn(c -> c.service().equals("ProductService")).singleElement()
                    .satisfies(c -> {
                        assertThat(c.before()).isEmpty();
                        assertThat(c.after().orElseThrow().granularity()).isCloseTo((2 / 20.0 + 0.3 + 0.9) / 3,
                                within(1e-12));
                    });
        });
    }

    @Test
    void splitsAServiceSpanningSeveralContextsWhateverItsGranularity() {
        // granularity (2/20 + 4/10 + 0.5) / 3 = 0.33: neither coarse nor fine, but two bounded contexts
        DomainModel model = model(List.of(root("Order", "Sales"), member("OrderLine", "Sales", "Order"),
                        root("Product", "Catalog"), member("Image", "Catalog", "Product")),
                List.of(service("Shop", "Sales", "t", 0.5, List.of("Order", "OrderLine", "Product", "Image"),
                        endpoint("order", List.of(), List.of("Order", "OrderLine")),
                        endpoint("catalog", List.of(), List.of("Product", "Image")))));

        assertThat(steps(model)).singleElement().satisfies(step -> {
            Split split = (Split) step.change();
            // the group of the service's own context keeps its name; the other is named after its context
            assertThat(split.groups()).containsExactly(new Split.Group("Shop", List.of("Order", "OrderLine")),
                    new Split.Group("CatalogService", List.of("Product", "Image")));
            assertThat(split.detail()).startsWith("split Shop (2 bounded contexts) into");
            assertThat(keys(step.effect().resolved())).containsExactly("MD011:Shop,Catalog,Sales");
        });
    }

    @Test
    void aSplitNeverKeepsTwoSecurityZonesTogether() {
        // one context, coarse (20 endpoints, complexity 0.9), and Card (pci) with Address (personal-data):
        // Leiden alone would keep Card with Address, they are written together everywhere
        List<Entity> entities = List.of(zoned(root("Card", "Pay"), "pci"), zoned(root("Address", "Pay"), "personal-data"),
                root("Basket", "Pay"));
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(endpoint("pay", List.of(), List.of("Card", "Address", "Basket")));
        IntStream.range(0, 19).forEach(i -> endpoints.add(endpoint("misc" + i)));
        DomainModel model = model(entities, List.of(service("Checkout", "Pay", "t", 0.9,
                List.of("Card", "Address", "Basket"), endpoints.toArray(Endpoint[]::new))));

        AnalysisReport report = Analyzer.analyze(model);

        assertThat(report.plan().steps()).isNotEmpty();
        for (PlanStep step : report.plan().steps()) {
            if (step.change() instanceof Split split) {
                assertThat(split.groups()).noneMatch(g -> g.entities().containsAll(List.of("Card", "Address")));
            }
        }
        assertThat(Analyzer.evaluate(report.plan().result(), AnalysisSettings.defaults()).findings())
                .noneMatch(f -> f.rule() == RuleId.MD015);
    }

    /**
     * Stock (one endpoint, one entity, complexity 0.1: (1/20 + 1/10 + 0.1) / 3 = 0.08, too fine) is read
     * with Order by Orders, through Stock's endpoint, and with Item by Catalog, likewise.
     */
    private static DomainModel fineStock(String stockTeam) {
        return model(List.of(root("Order", "X"), root("Item", "X"), root("Stock", "X")),
                List.of(service("Orders", "X", "t1", 0.8, List.of("Order"),
                                endpoint("place", List.of("Stock"), List.of("Order"), call("Stock", "get")),
                                endpoint("amend", List.of("Stock"), List.of("Order"), call("Stock", "get"))),
                        service("Catalog", "X", "t2", 0.8, List.of("Item"),
                                endpoint("list", List.of("Stock"), List.of("Item"), call("Stock", "get"))),
                        service("Stock", "X", stockTeam, 0.1, List.of("Stock"), endpoint("get", List.of("Stock"),
                                List.of()))));
    }

    @Test
    void mergesAFineServiceIntoTheMostCoupledPartnerOfItsTeam() {
        List<PlanStep> steps = steps(fineStock("t1"));

        // Order-Stock read/written twice (raw 6), Item-Stock once (raw 3): p90 6 → scores 10 and 5, weights 30
        // and 15, plus 30 shared owner for Order-Stock (both t1)
        assertThat(steps).singleElement().satisfies(step -> {
            Merge merge = (Merge) step.change();
            assertThat(merge.service()).isEqualTo("Stock");
            assertThat(merge.into()).isEqualTo("Orders");
            assertThat(merge.weight()).isCloseTo(60, within(1e-9));
            // merged: 3 endpoints, 2 entities, complexity 0.8 → (0.15 + 0.2 + 0.8) / 3
            assertThat(merge.mergedGranularity()).isCloseTo(1.15 / 3, within(1e-12));
            // the shared team also ties Order and Stock 60 per pair against the identity tie 30: both had MD008
            assertThat(keys(step.effect().resolved())).containsExactly("MD008:Orders", "MD008:Stock", "MD007:Stock");
        });
    }

    @Test
    void aMergeAcrossTeamsMustGainMoreThanTheHandover() {
        // Stock's team t3 differs from both partners, so no shared-owner term: Order-Stock weighs 30, the
        // identity tie, and neither is coupled above 0.5. Merging Stock resolves only MD007 (a note, 1) and hands
        // Stock over to another team (5), so the plan leaves it open and says why
        AnalysisReport report = Analyzer.analyze(fineStock("t3"));

        assertThat(report.plan().steps()).isEmpty();
        assertThat(report.plan().open()).filteredOn(o -> o.finding().key().equals("MD007:Stock")).singleElement()
                .satisfies(o -> assertThat(o.reason()).isEqualTo("tried: merge Stock into Orders would introduce "
                        + "nothing while resolving only MD007 Stock (the findings, and a team handing work over, "
                        + "weigh 4 more after it)"));
    }

    @Test
    void movesAggregateWhoseWeightGoesToAnotherService() {
        // Payment lives in Orders but is only used together with Invoice, which Billing owns. Orders' two
        // entities share no weight (inside 0 per pair), so its coupling is 1: MD008. Each service has one
        // entity, and complexity 1 keeps both above the too-fine threshold
        DomainModel model = model(List.of(root("Order", "X"), root("Payment", "X"), root("Invoice", "X")),
                List.of(service("Orders", "X", "t1", 1.0, List.of("Order", "Payment"), endpoint("place", List.of(), List.of("Order"))),
                        service("Billing", "X", "t2", 1.0, List.of("Invoice"),
                                endpoint("bill", List.of(), List.of("Invoice", "Payment")))));

        assertThat(steps(model)).first().satisfies(step -> {
            Move move = (Move) step.change();
            assertThat(move.service()).isEqualTo("Orders");
            assertThat(move.entities()).containsExactly("Payment");
            assertThat(move.to()).isEqualTo("Billing");
            assertThat(move.share()).isEqualTo(1.0);
            assertThat(move.detail()).isEqualTo("move aggregate Payment (Payment) from Orders to Billing: 100% of its "
                    + "coupling weight (30.00 of 30.00) goes to Billing, 0.00 stays in Orders; team t1 hands it over "
                    + "to team t2; no new calls");
            assertThat(keys(step.effect().resolved())).containsExactly("MD008:Orders");
            assertThat(step.moved()).containsExactly("Payment");
        });
    }

    @Test
    void aFindingResolvedByAStepRecommendsIt() {
        AnalysisReport report = Analyzer.analyze(monolith());

        assertThat(report.findings()).filteredOn(f -> f.rule() == RuleId.MD006).singleElement()
                .satisfies(f -> assertThat(f.recommendation()).hasValue("plan step 1: "
                        + report.plan().steps().get(0).change().detail()));
    }

    @Test
    void eachStepsEffectIsTheAnalysisOfTheModelItLeaves() {
        AnalysisReport report = Analyzer.analyze(monolith());
        Plan plan = report.plan();

        assertThat(plan.before()).isEqualTo(report.metrics());
        assertThat(plan.after()).isEqualTo(Analyzer.evaluate(plan.result(), AnalysisSettings.defaults()).metrics());
        assertThat(plan.steps().get(0).effect().system()).filteredOn(d -> d.metric().equals("modularity"))
                .singleElement().satisfies(d -> {
                    assertThat(d.base()).isEqualTo(report.metrics().modularity());
                    assertThat(d.head()).isEqualTo(plan.after().modularity());
                });
    }
}
