package io.mdecomp.analysis.propose;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.format.ModelReader;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** The interactions a proposal adds, worked out by hand on a small shop. */
class InteractionsTest {

    /** Monolith owns everything; Reporting reads orders through a call and products directly. */
    static final String SHOP = """
            system: shop
            version: 1
            domains:
              - name: Shop
                contexts:
                  - name: Core
                    entities:
                      - {name: Order, kind: aggregate-root}
                      - {name: OrderLine, kind: entity, aggregate: Order}
                      - {name: Cart, kind: aggregate-root}
                      - {name: Coupon, kind: aggregate-root}
                      - {name: Product, kind: aggregate-root}
                      - {name: Stock, kind: aggregate-root}
            services:
              - name: Monolith
                context: Core
                team: core
                owns: [Order, OrderLine, Cart, Coupon, Product, Stock]
                endpoints:
                  - {name: place, method: POST, path: /orders, reads: [Cart, Product], writes: [Order, OrderLine], serviceTime: 6ms}
                  - {name: addToCart, method: POST, path: /cart, reads: [Product, Stock], writes: [Cart], serviceTime: 2ms}
                  - {name: editProduct, method: PUT, path: /products, writes: [Product], serviceTime: 3ms}
                  - {name: reserve, method: POST, path: /stock, reads: [Order%s], writes: [Stock], serviceTime: 4ms}
                  - {name: checkout, method: POST, path: /checkout, reads: [Stock], writes: [Cart, Stock], serviceTime: 5ms}
                  - {name: getOrder, method: GET, path: /orders, reads: [Order]}
                deployment: {instances: 2, workers: 10, queue: 40}
              - name: Reporting
                context: Core
                team: bi
                owns: []
                endpoints:
                  - name: report
                    method: GET
                    path: /report
                    reads: [Order, Product]
                    calls: [{service: Monolith, endpoint: getOrder}]
            """;

    /** Orders with their cart, products with their stock: Order–Cart 10, Product–Stock 10, Order–Product 1. */
    static Graph<String, DefaultWeightedEdge> graph() {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String entity : List.of("Order", "OrderLine", "Cart", "Coupon", "Product", "Stock")) {
            g.addVertex(entity);
        }
        g.setEdgeWeight(g.addEdge("Order", "OrderLine"), 10);
        g.setEdgeWeight(g.addEdge("Order", "Cart"), 10);
        g.setEdgeWeight(g.addEdge("Product", "Stock"), 10);
        g.setEdgeWeight(g.addEdge("Order", "Product"), 1);
        return g;
    }

    private static Proposal propose(String reserveAlsoReads, boolean preferEvents) {
        DomainModel model = ModelReader.readString("shop.yaml", SHOP.formatted(reserveAlsoReads));
        return new Proposer().propose(model, graph(), ProposeOptions.defaults().withPreferEvents(preferEvents));
    }

    private static Service service(Proposal proposal, String name) {
        return proposal.model().service(name).orElseThrow();
    }

    private static Endpoint endpoint(Proposal proposal, String service, String name) {
        return service(proposal, service).endpoint(name).orElseThrow();
    }

    private static List<String> calls(Endpoint endpoint) {
        return endpoint.calls().stream().map(c -> c.target() + (c.mode() == CallMode.ASYNC ? " async" : "")).toList();
    }

    @Test
    void servesEveryReadAndWriteOfTheOtherServicesDataTheWayATeamWould() {
        Proposal proposal = propose("", false);

        assertThat(proposal.model().services()).extracting(Service::name)
                .containsExactly("Monolith", "ProductService", "Reporting");
        // writes first: checkout's write of Stock becomes ProductService's command, and its read rides on it
        assertThat(endpoint(proposal, "Monolith", "checkout").writes()).containsExactly("Cart");
        assertThat(endpoint(proposal, "Monolith", "checkout").reads()).containsExactly("Stock");
        assertThat(calls(endpoint(proposal, "Monolith", "checkout"))).containsExactly("ProductService.updateStock");
        // then reads that were local: one query per aggregate, shared by the readers
        assertThat(calls(endpoint(proposal, "Monolith", "place"))).containsExactly("ProductService.getProduct");
        assertThat(calls(endpoint(proposal, "Monolith", "addToCart")))
                .containsExactly("ProductService.getProduct", "ProductService.getStock");
        // reserve's read of Order would close the sync cycle Monolith -> ProductService -> Monolith:
        // it keeps a copy fed by OrderChanged, which place (Order's writer) publishes
        assertThat(calls(endpoint(proposal, "ProductService", "reserve"))).isEmpty();
        assertThat(endpoint(proposal, "Monolith", "place").publishes()).containsExactly("OrderChanged");
        assertThat(service(proposal, "ProductService").consumes()).extracting(Subscription::event, Subscription::endpoint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OrderChanged", "onOrderChanged"));
        // the owner's created endpoints: no service time, routes of their own
        assertThat(service(proposal, "ProductService").endpoints()).extracting(Endpoint::name, Endpoint::route)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("editProduct", "PUT /products"),
                        org.assertj.core.groups.Tuple.tuple("reserve", "POST /stock"),
                        org.assertj.core.groups.Tuple.tuple("updateStock", "PUT /internal/stock/{id}"),
                        org.assertj.core.groups.Tuple.tuple("getProduct", "GET /internal/product/{id}"),
                        org.assertj.core.groups.Tuple.tuple("getStock", "GET /internal/stock/{id}"),
                        org.assertj.core.groups.Tuple.tuple("onOrderChanged", "POST /events/order-changed"));
        assertThat(endpoint(proposal, "ProductService", "updateStock").writes()).containsExactly("Stock");
        assertThat(endpoint(proposal, "ProductService", "getStock").reads()).containsExactly("Stock");
        assertThat(endpoint(proposal, "ProductService", "getStock").serviceTime()).isEmpty();
        // Reporting already calls Monolith for orders; products moved, so it gets a query for them
        assertThat(calls(endpoint(proposal, "Reporting", "report")))
                .containsExactly("Monolith.getOrder", "ProductService.getProduct");
        assertThat(proposal.interactions()).extracting(Interaction::message).containsExactly(
                "Monolith.checkout writes Stock of ProductService: sync command ProductService.updateStock",
                "Monolith.place reads Product of ProductService: sync query ProductService.getProduct",
                "Monolith.addToCart reads Product of ProductService: sync query ProductService.getProduct",
                "Monolith.addToCart reads Stock of ProductService: sync query ProductService.getStock",
                "ProductService.reserve reads Order of Monolith: a copy fed by Monolith's OrderChanged events, consumed "
                        + "by ProductService.onOrderChanged (a sync call would close a cycle of synchronous calls (MD001))",
                "Reporting.report reads Product of ProductService: sync query ProductService.getProduct");
    }

    @Test
    void withPreferEventsEveryReadIsACopyFedByTheOwnersEvents() {
        Proposal proposal = propose("", true);

        assertThat(calls(endpoint(proposal, "Monolith", "place"))).isEmpty();
        assertThat(calls(endpoint(proposal, "Monolith", "addToCart"))).isEmpty();
        // writes stay commands
        assertThat(calls(endpoint(proposal, "Monolith", "checkout"))).containsExactly("ProductService.updateStock");
        // every writer of an aggregate publishes its event, the created command too
        assertThat(endpoint(proposal, "ProductService", "editProduct").publishes()).containsExactly("ProductChanged");
        assertThat(endpoint(proposal, "ProductService", "reserve").publishes()).containsExactly("StockChanged");
        assertThat(endpoint(proposal, "ProductService", "updateStock").publishes()).containsExactly("StockChanged");
        assertThat(service(proposal, "Monolith").consumes()).extracting(Subscription::event, Subscription::endpoint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ProductChanged", "onProductChanged"),
                        org.assertj.core.groups.Tuple.tuple("StockChanged", "onStockChanged"));
        assertThat(proposal.interactions()).extracting(Interaction::kind).containsExactly(Interaction.Kind.COMMAND,
                Interaction.Kind.REPLICA, Interaction.Kind.REPLICA, Interaction.Kind.REPLICA, Interaction.Kind.REPLICA,
                Interaction.Kind.REPLICA);
        assertThat(proposal.interactions()).allSatisfy(i -> assertThat(i.hazard()).isEmpty());
    }

    @Test
    void aReadOfDataNobodyWritesStaysAQueryWithANoteWhenItClosesACycle() {
        Proposal proposal = propose(", Coupon", false);

        // Coupon is never written, so no event can feed a copy: the query stays, and the note says why
        assertThat(calls(endpoint(proposal, "ProductService", "reserve"))).containsExactly("Monolith.getCoupon");
        assertThat(proposal.notes()).filteredOn(n -> n instanceof ProposalNote.UnavoidableSyncQuery)
                .extracting(ProposalNote::message).containsExactly("ProductService.reserve queries Monolith.getCoupon "
                        + "synchronously although the call would close a cycle of synchronous calls (MD001): no endpoint "
                        + "of Monolith writes Coupon, so no event can feed a copy");
    }

    @Test
    void aCommandThatWouldCloseASyncCycleIsQueuedAndAnExistingQueryIsReused() {
        // editProduct asks Monolith for an order: after the split that is a sync call ProductService -> Monolith
        DomainModel model = ModelReader.readString("shop.yaml", SHOP.formatted("").replace(
                "writes: [Product], serviceTime: 3ms}",
                "writes: [Product], serviceTime: 3ms, calls: [{service: Monolith, endpoint: getOrder}]}"));
        Proposal proposal = new Proposer().propose(model, graph(), ProposeOptions.defaults());

        assertThat(calls(endpoint(proposal, "Monolith", "checkout"))).containsExactly("ProductService.updateStock async");
        // Monolith may not wait on ProductService either: its reads become copies
        assertThat(calls(endpoint(proposal, "Monolith", "place"))).isEmpty();
        assertThat(calls(endpoint(proposal, "Monolith", "addToCart"))).isEmpty();
        // ProductService already waits on Monolith: reserve reuses the existing query getOrder
        assertThat(calls(endpoint(proposal, "ProductService", "reserve"))).containsExactly("Monolith.getOrder");
        assertThat(service(proposal, "Monolith").endpoints()).extracting(Endpoint::name)
                .containsExactly("place", "addToCart", "checkout", "getOrder", "onProductChanged", "onStockChanged");
        assertThat(proposal.interactions()).extracting(Interaction::kind, Interaction::hazard).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Interaction.Kind.QUEUED_COMMAND, Optional.of(Interaction.Hazard.SYNC_CYCLE)),
                org.assertj.core.groups.Tuple.tuple(Interaction.Kind.REPLICA, Optional.of(Interaction.Hazard.SYNC_CYCLE)),
                org.assertj.core.groups.Tuple.tuple(Interaction.Kind.REPLICA, Optional.of(Interaction.Hazard.SYNC_CYCLE)),
                org.assertj.core.groups.Tuple.tuple(Interaction.Kind.REPLICA, Optional.of(Interaction.Hazard.SYNC_CYCLE)),
                org.assertj.core.groups.Tuple.tuple(Interaction.Kind.QUERY, Optional.empty()),
                org.assertj.core.groups.Tuple.tuple(Interaction.Kind.QUERY, Optional.empty()));
    }

    @Test
    void theCircleTheCutMakesIsNamedWithItsEdgesAndServedAsChoreography() {
        Proposal proposal = propose("", false);

        // Monolith queries ProductService; ProductService keeps a copy of orders fed by OrderChanged
        assertThat(proposal.notes()).filteredOn(n -> n instanceof ProposalNote.ForcedCycle)
                .extracting(ProposalNote::message).containsExactly("the cut makes services use each other's data in a "
                        + "circle between Monolith, ProductService: Monolith -> ProductService (data: Product, Stock); "
                        + "ProductService -> Monolith (data: Order); the proposal serves it without a dependency cycle "
                        + "(calls one way, events back: choreography)");
    }

    @Test
    void aCycleTheInteractionsCannotAvoidIsOneTheCutForces() {
        // editProduct already calls Monolith, and checkout's write of Stock can only be a (queued) command
        DomainModel model = ModelReader.readString("shop.yaml", SHOP.formatted("").replace(
                "writes: [Product], serviceTime: 3ms}",
                "writes: [Product], serviceTime: 3ms, calls: [{service: Monolith, endpoint: getOrder}]}"));
        Proposal proposal = new Proposer().propose(model, graph(), ProposeOptions.defaults());

        assertThat(proposal.notes()).filteredOn(n -> n instanceof ProposalNote.ForcedCycle)
                .extracting(ProposalNote::message).containsExactly("the cut forces a dependency cycle between Monolith, "
                        + "ProductService: Monolith -> ProductService (data: Product, Stock); ProductService -> Monolith "
                        + "(sync: editProduct -> getOrder); ProductService -> Monolith (data: Order); it goes only if "
                        + "those endpoints or entities move together", "the cut forces a dependency cycle between "
                        + "Monolith, ProductService: Monolith -> ProductService (data: Product, Stock); ProductService -> "
                        + "Monolith (data: Order); it goes only if those endpoints or entities move together");
    }

    @Test
    void aCircleServedByCallsOneWayAndEventsBackIsCalledChoreographyNotACycle() {
        DomainModel monolith = ModelReader.read(java.nio.file.Path.of("..", "samples", "monolith", "model.yaml"));
        io.mdecomp.analysis.AnalysisSettings settings = io.mdecomp.analysis.AnalysisSettings.defaults();
        Proposal proposal = new Proposer(settings).propose(monolith,
                io.mdecomp.analysis.graph.EntityGraph.of(monolith, settings), ProposeOptions.defaults());

        // ShopMonolith queries ProductService; ProductService keeps a copy of customers fed by ShopMonolith's events
        assertThat(proposal.notes()).filteredOn(n -> n instanceof ProposalNote.ForcedCycle)
                .extracting(ProposalNote::message).containsExactly("the cut makes services use each other's data in a "
                        + "circle between ProductService, ShopMonolith: ProductService -> ShopMonolith (data: Customer); "
                        + "ShopMonolith -> ProductService (data: Product, StockItem); the proposal serves it without a "
                        + "dependency cycle (calls one way, events back: choreography)");
        assertThat(io.mdecomp.analysis.Analyzer.analyze(proposal.model(), settings).findings())
                .noneMatch(f -> f.rule() == io.mdecomp.analysis.rules.RuleId.MD001
                        || f.rule() == io.mdecomp.analysis.rules.RuleId.MD002);
    }

    @Test
    void aQueuedCommandCarriesItsHazard() {
        Interaction queued = new Interaction(Interaction.Kind.QUEUED_COMMAND, "A", "a", "B", "X", List.of("X"),
                "updateX", Optional.empty(), Optional.of(Interaction.Hazard.FAN_OUT));

        assertThat(queued.message()).isEqualTo("A.a writes X of B: queued (async) command B.updateX (a sync call "
                + "would give the caller more synchronous dependencies than MD010's threshold)");
        assertThat(new Call("B", "updateX", CallMode.ASYNC, 1, false, Optional.empty(),
                io.mdecomp.model.diagnostic.SourceLocation.UNKNOWN).isSync()).isFalse();
    }
}
