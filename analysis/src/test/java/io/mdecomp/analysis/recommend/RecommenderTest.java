package io.mdecomp.analysis.recommend;

import static io.mdecomp.analysis.Fixtures.endpoint;
import static io.mdecomp.analysis.Fixtures.member;
import static io.mdecomp.analysis.Fixtures.model;
import static io.mdecomp.analysis.Fixtures.root;
import static io.mdecomp.analysis.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.analysis.Analyzer;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private static <T extends Recommendation> List<T> of(DomainModel model, Class<T> kind) {
        return Analyzer.analyze(model).recommendations().stream().filter(kind::isInstance).map(kind::cast).toList();
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
        List<Split> splits = of(monolith(), Split.class);

        assertThat(splits).singleElement().satisfies(split -> {
            assertThat(split.service()).isEqualTo("Monolith");
            assertThat(split.groups()).containsExactly(
                    new Split.Group("OrderService", List.of("Order", "OrderItem", "Shipment")),
                    new Split.Group("ProductService", List.of("Product", "Price", "Stock")));
            // raw: six written-together pairs 10, Order-Product 3 → p90 10; cut = Order-Product 3 · 3 = 9
            assertThat(split.cutWeight()).isCloseTo(9, within(1e-9));
            assertThat(split.newCalls()).containsExactly("OrderService -> ProductService");
            assertThat(split.detail()).isEqualTo("split Monolith (granularity 0.83) into OrderService (Order, OrderItem, "
                    + "Shipment), ProductService (Product, Price, Stock); cut weight 9.00; new calls: OrderService -> ProductService");
        });
    }

    @Test
    void mergesFineServiceIntoMostCoupledPartnerUnlessTooCoarse() {
        // Stock (no endpoints, 1 entity, complexity 0.1 → 0.2 / 3) is read with Order by Orders and with Item by Catalog.
        DomainModel model = model(List.of(root("Order", "X"), root("Item", "X"), root("Stock", "X")),
                List.of(service("Orders", "X", "t1", 0.4, List.of("Order"),
                                endpoint("place", List.of("Stock"), List.of("Order")),
                                endpoint("amend", List.of("Stock"), List.of("Order"))),
                        service("Catalog", "X", "t2", 0.4, List.of("Item"), endpoint("list", List.of("Stock"), List.of("Item"))),
                        service("Stock", "X", "t3", 0.1, List.of("Stock"))));

        List<Merge> merges = of(model, Merge.class);

        // Order-Stock read/written twice (raw 6), Item-Stock once (raw 3): p90 6 → scores 10 and 5, weights 30 and 15
        assertThat(merges).filteredOn(m -> m.service().equals("Stock")).singleElement().satisfies(m -> {
            assertThat(m.into()).isEqualTo("Orders");
            assertThat(m.weight()).isCloseTo(30, within(1e-9));
            // merged: 2 endpoints, 2 entities, complexity 0.4 → (0.1 + 0.2 + 0.4) / 3
            assertThat(m.mergedGranularity()).isCloseTo(0.7 / 3, within(1e-12));
            assertThat(m.detail()).isEqualTo("merge Stock (granularity 0.07) into Orders, the partner it shares the "
                    + "most entity-graph weight with (30.00); merged granularity 0.23");
        });
    }

    @Test
    void neverMergesIntoATooCoarseService() {
        List<Endpoint> many = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> many.add(endpoint("e" + i, List.of("Tiny"), List.of("Big"))));
        DomainModel model = model(List.of(root("Big", "X"), root("Tiny", "X")),
                List.of(service("Huge", "X", "t", 1.0, List.of("Big"), many.toArray(Endpoint[]::new)),
                        service("Tiny", "X", "t", 0.0, List.of("Tiny"))));

        // merged: 20 endpoints (1), 2 entities (0.2), complexity 1 → 0.73 ≤ 0.8 is allowed; with 0.7 coarse it is not
        assertThat(of(model, Merge.class)).extracting(Merge::into).containsExactly("Huge");
        io.mdecomp.analysis.AnalysisSettings strict = io.mdecomp.analysis.AnalysisSettings.defaults().withRule(
                io.mdecomp.analysis.rules.RuleId.MD006, new io.mdecomp.analysis.rules.RuleSetting(true,
                        io.mdecomp.model.diagnostic.Severity.WARNING, java.util.OptionalDouble.of(0.7)));
        assertThat(Analyzer.analyze(model, strict).recommendations()).noneMatch(r -> r instanceof Merge);
    }

    @Test
    void movesAggregateWhoseWeightGoesToAnotherService() {
        // Payment lives in Orders but is only used together with Invoice, which Billing owns
        DomainModel model = model(List.of(root("Order", "X"), root("Payment", "X"), root("Invoice", "X")),
                List.of(service("Orders", "X", "t1", 0.5, List.of("Order", "Payment"), endpoint("place", List.of(), List.of("Order"))),
                        service("Billing", "X", "t2", 0.5, List.of("Invoice"),
                                endpoint("bill", List.of(), List.of("Invoice", "Payment")))));

        assertThat(of(model, Move.class)).singleElement().satisfies(move -> {
            assertThat(move.service()).isEqualTo("Orders");
            assertThat(move.entities()).containsExactly("Payment");
            assertThat(move.to()).isEqualTo("Billing");
            assertThat(move.share()).isEqualTo(1.0);
            assertThat(move.detail()).isEqualTo("move aggregate Payment (Payment) from Orders to Billing: 100% of its "
                    + "coupling weight (30.00 of 30.00) goes to Billing, 0.00 stays in Orders");
        });
    }
}
