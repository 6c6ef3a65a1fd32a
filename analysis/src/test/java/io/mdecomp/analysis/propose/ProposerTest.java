package io.mdecomp.analysis.propose;

import static io.mdecomp.analysis.fixtures.Models.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.graph.Priority;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.format.ModelReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProposerTest {

    private static final List<String> ORDERS = List.of("Order", "OrderLine", "Cart", "Checkout");
    private static final List<String> CATALOG = List.of("Product", "Price", "Category", "Stock");

    private static Graph<String, DefaultWeightedEdge> graph() {
        return new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    }

    private static void edge(Graph<String, DefaultWeightedEdge> g, String a, String b, double w) {
        g.addVertex(a);
        g.addVertex(b);
        g.setEdgeWeight(g.addEdge(a, b), w);
    }

    /** Two 4-cliques of weight 10 joined by one edge of weight 1. */
    private static Graph<String, DefaultWeightedEdge> twoCliques() {
        Graph<String, DefaultWeightedEdge> g = graph();
        for (List<String> clique : List.of(ORDERS, CATALOG)) {
            for (int i = 0; i < clique.size(); i++) {
                for (int j = i + 1; j < clique.size(); j++) {
                    edge(g, clique.get(i), clique.get(j), 10);
                }
            }
        }
        edge(g, "Order", "Product", 1);
        return g;
    }

    private static DomainModel monolith() {
        return model().aggregate("Order", "OrderLine").entities("Cart", "Checkout", "Product", "Price", "Category",
                "Stock").service("Monolith", "Order", "OrderLine", "Cart", "Checkout", "Product", "Price",
                "Category", "Stock").build();
    }

    private static ProposeOptions options(ProposeAlgorithm algorithm, long seed, String... pins) {
        return new ProposeOptions(algorithm, 1.0, seed, List.of(pins));
    }

    @ParameterizedTest
    @EnumSource(ProposeAlgorithm.class)
    void splitsTwoCliquesJoinedByOneEdgeWithEveryAlgorithm(ProposeAlgorithm algorithm) {
        Proposal proposal = new Proposer().propose(monolith(), twoCliques(), options(algorithm, 7));
        assertThat(proposal.model().services()).extracting(Service::name).containsExactly("Monolith", "ProductService");
        assertThat(proposal.model().services().get(0).owns()).containsExactlyElementsOf(ORDERS.stream()
                .sorted((a, b) -> List.of("Order", "OrderLine", "Cart", "Checkout").indexOf(a)
                        - List.of("Order", "OrderLine", "Cart", "Checkout").indexOf(b)).toList());
        assertThat(proposal.model().services().get(1).owns()).containsExactly("Product", "Price", "Category", "Stock");
    }

    @Test
    void reportsTheMovesAndTheModularityOfBothCuts() {
        Proposal proposal = new Proposer().propose(monolith(), twoCliques(), options(ProposeAlgorithm.LEIDEN, 1));
        assertThat(proposal.moves()).extracting(m -> m.aggregate() + ":" + m.from() + ">" + m.to())
                .containsExactly("Category:Monolith>ProductService", "Price:Monolith>ProductService",
                        "Product:Monolith>ProductService", "Stock:Monolith>ProductService");
        assertThat(proposal.currentModularity()).isEqualTo(0.0);
        // m = 121, W = 60 per clique, D = 121 per side: Q = 2 · (60/121 − (121/242)²) = 120/121 − 1/2
        assertThat(proposal.proposedModularity()).isCloseTo(120.0 / 121 - 0.5, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void neverCutsAnAggregateEvenWhenItsMemberIsPulledAway() {
        Graph<String, DefaultWeightedEdge> g = twoCliques();
        g.removeEdge("Order", "OrderLine");
        g.removeEdge("OrderLine", "Cart");
        g.removeEdge("OrderLine", "Checkout");
        edge(g, "OrderLine", "Price", 50);
        Proposal proposal = new Proposer().propose(monolith(), g, options(ProposeAlgorithm.LEIDEN, 3));
        assertThat(proposal.assignment().get("OrderLine")).isEqualTo(proposal.assignment().get("Order"));
    }

    @Test
    void keepsPinnedServicesExactlyAsTheyAre() {
        DomainModel model = model().aggregate("Order", "OrderLine").entities("Cart", "Checkout", "Product", "Price",
                "Category", "Stock").service("Sales", "Order", "OrderLine", "Product")
                .service("Rest", "Cart", "Checkout", "Price", "Category", "Stock").build();
        Proposal proposal = new Proposer().propose(model, twoCliques(), options(ProposeAlgorithm.LEIDEN, 5, "Sales"));
        assertThat(proposal.model().services().get(0).name()).isEqualTo("Sales");
        assertThat(proposal.model().services().get(0).owns()).containsExactly("Order", "OrderLine", "Product");
        assertThat(proposal.model().services().stream().skip(1).flatMap(s -> s.owns().stream()))
                .containsExactlyInAnyOrder("Cart", "Checkout", "Price", "Category", "Stock");
    }

    @Test
    void rejectsAPinOfAnUnknownServiceNamingTheKnownOnes() {
        assertThatThrownBy(() -> new Proposer().propose(monolith(), twoCliques(),
                options(ProposeAlgorithm.LEIDEN, 1, "Billing")))
                .isInstanceOf(InputException.class)
                .hasMessage("--pin: error: --pin names unknown service 'Billing' (known: Monolith) [ref]");
    }

    @Test
    void movesEndpointsWithTheirDataAndRewritesCallsAndSubscriptions() {
        SourceLocation at = SourceLocation.UNKNOWN;
        Endpoint place = new Endpoint("place", HttpMethod.POST, "/orders", List.of("Product"), List.of("Order"),
                Optional.empty(), List.of(new Call("Monolith", "reserve", CallMode.SYNC, 1, false, Optional.empty(), at)),
                List.of("OrderPlaced"), Optional.empty(), at);
        Endpoint reserve = new Endpoint("reserve", HttpMethod.POST, "/stock", List.of(), List.of("Stock"),
                Optional.empty(), List.of(), List.of(), Optional.empty(), at);
        Endpoint cart = new Endpoint("addToCart", HttpMethod.POST, "/cart", List.of(), List.of("Cart"),
                Optional.empty(), List.of(new Call("Monolith", "place", CallMode.ASYNC, 1, false, Optional.empty(), at)),
                List.of(), Optional.empty(), at);
        Service monolith = new Service("Monolith", "Core", Optional.of("core-team"), OptionalDouble.of(0.9),
                List.of("Order", "OrderLine", "Cart", "Checkout", "Product", "Price", "Category", "Stock"),
                List.of(place, reserve, cart), List.of(new Subscription("OrderPlaced", "reserve", at)),
                new Deployment(3, 8, 50), at);
        DomainModel model = model().aggregate("Order", "OrderLine").entities("Cart", "Checkout", "Product", "Price",
                "Category", "Stock").service(monolith).build();
        DomainModel proposed = new Proposer().propose(model, twoCliques(), options(ProposeAlgorithm.LEIDEN, 1)).model();
        Service kept = proposed.services().get(0);
        Service split = proposed.services().get(1);
        assertThat(kept.endpoints()).extracting(Endpoint::name).containsExactly("place", "addToCart");
        // place's call follows reserve; its read of Product, now ProductService's, becomes a query
        assertThat(kept.endpoints().get(0).calls()).extracting(Call::target)
                .containsExactly("ProductService.reserve", "ProductService.getProduct");
        assertThat(kept.endpoints().get(1).calls()).isEmpty();
        assertThat(kept.team()).contains("core-team");
        assertThat(kept.complexity()).hasValue(0.9);
        assertThat(split.endpoints()).extracting(Endpoint::name).containsExactly("reserve", "getProduct");
        assertThat(split.endpoint("getProduct").orElseThrow().route()).isEqualTo("GET /internal/product/{id}");
        assertThat(split.endpoint("getProduct").orElseThrow().reads()).containsExactly("Product");
        assertThat(split.consumes()).extracting(Subscription::endpoint).containsExactly("reserve");
        assertThat(split.team()).contains("core-team");
        assertThat(split.context()).isEqualTo("Core");
        assertThat(split.complexity()).hasValue(0.9);
        // no service times: each endpoint weighs the same, so 2/3 of 3 x 8 = 16 slots stay and 8 go;
        // both keep 3 instances: 3 x ⌈16/3⌉ = 3 x 6 (queue ⌈100/3⌉ = 34) and 3 x ⌈8/3⌉ = 3 x 3 (queue ⌈50/3⌉ = 17)
        assertThat(kept.deployment()).isEqualTo(new Deployment(3, 6, 34));
        assertThat(split.deployment()).isEqualTo(new Deployment(3, 3, 17));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** A random model: 6..30 entities in aggregates of 1..3, 1..4 services, random positive and negative edges. */
    private static Object[] randomCase(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        var builder = model();
        List<String> names = new ArrayList<>();
        int aggregates = 3 + random.nextInt(12);
        for (int a = 0; a < aggregates; a++) {
            int size = 1 + random.nextInt(3);
            String[] members = new String[size - 1];
            for (int m = 1; m < size; m++) {
                members[m - 1] = "E" + a + "m" + m;
            }
            builder.aggregate("E" + a, members);
            names.add("E" + a);
            names.addAll(List.of(members));
        }
        int services = 1 + random.nextInt(4);
        Map<Integer, List<String>> owned = new HashMap<>();
        for (String name : names) {
            owned.computeIfAbsent(random.nextInt(services), k -> new ArrayList<>()).add(name);
        }
        owned.forEach((s, list) -> builder.service("S" + s, list.toArray(String[]::new)));
        Graph<String, DefaultWeightedEdge> g = graph();
        names.forEach(g::addVertex);
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (random.nextInt(4) == 0) {
                    edge(g, names.get(i), names.get(j), random.nextInt(21) - 5);
                }
            }
        }
        return new Object[] {builder.build(), g};
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void coversEveryEntityOnceKeepsAggregatesWholeAndRepeatsForTheSameSeed(long seed) {
        Object[] input = randomCase(seed);
        DomainModel model = (DomainModel) input[0];
        @SuppressWarnings("unchecked")
        Graph<String, DefaultWeightedEdge> g = (Graph<String, DefaultWeightedEdge>) input[1];
        for (ProposeAlgorithm algorithm : ProposeAlgorithm.values()) {
            Proposal proposal = new Proposer().propose(model, g, options(algorithm, seed));
            List<String> owned = proposal.model().services().stream().flatMap(s -> s.owns().stream()).toList();
            assertThat(owned).as("seed %d %s", seed, algorithm).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(model.entities().map(e -> e.name()).toList());
            model.entities().forEach(e -> assertThat(proposal.assignment().get(e.name())).as("seed %d", seed)
                    .isEqualTo(proposal.assignment().get(e.aggregateRoot())));
            assertThat(new Proposer().propose(model, g, options(algorithm, seed)).assignment()).as("seed %d %s", seed, algorithm)
                    .isEqualTo(proposal.assignment());
        }
    }

    @ParameterizedTest
    @EnumSource(ProposeAlgorithm.class)
    void refusesAModelWithoutEntitiesWithALocatedMessage(ProposeAlgorithm algorithm) {
        DomainModel empty = ModelReader.readString("empty.yaml", "system: empty\nversion: 1\ndomains: []\nservices: []\n");

        assertThatThrownBy(() -> new Proposer().propose(empty, options(algorithm, 1)))
                .isInstanceOf(InputException.class)
                .hasMessage("empty.yaml:1:1: error: nothing to propose: the model declares no entities, and a cut groups "
                        + "entities into services; add entities to the contexts under 'domains' [empty]");
    }

    @Test
    void saysWhenTheAlgorithmFindsNoStructureAndWhatToTryNext() {
        Graph<String, DefaultWeightedEdge> clique = graph();
        List<String> all = new ArrayList<>(ORDERS);
        all.addAll(CATALOG);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                edge(clique, all.get(i), all.get(j), 5);
            }
        }

        Proposal byLabels = new Proposer().propose(monolith(), clique, options(ProposeAlgorithm.LABEL_PROPAGATION, 1));
        Proposal byLeiden = new Proposer().propose(monolith(), clique, options(ProposeAlgorithm.LEIDEN, 1));

        // Order and OrderLine are one aggregate: 7 aggregates
        assertThat(byLabels.model().services()).hasSize(1);
        assertThat(byLabels.notes()).extracting(ProposalNote::message).containsExactly("label-propagation found no "
                + "structure: it put all 7 aggregates in one cluster; try --algorithm leiden, or ask for a number with "
                + "--services N");
        assertThat(byLeiden.notes()).extracting(ProposalNote::message).containsExactly("leiden found no structure: it "
                + "put all 7 aggregates in one cluster; raise --resolution (e.g. 2), try --algorithm louvain, or ask for "
                + "a number with --services N");
    }

    /**
     * At resolution 8 Leiden cuts the monolith sample's catalogue into Product, Category and Review
     * on their own; the plan check computes on that cut merges the two small ones back into
     * ProductService (MD008, MD007), so the proposal takes those two steps and check no longer
     * undoes it.
     */
    @Test
    void takesThePlanStepsThatCheckWouldOtherwiseUseToUndoTheCut() {
        DomainModel monolith = ModelReader.read(java.nio.file.Path.of("..", "samples", "monolith", "model.yaml"));

        Proposal proposal = new Proposer().propose(monolith, new ProposeOptions(ProposeAlgorithm.LEIDEN, 8, 1,
                List.of())).proposal();

        String catalogue = proposal.assignment().get("Product");
        assertThat(proposal.assignment()).containsEntry("Category", catalogue).containsEntry("Review", catalogue);
        assertThat(proposal.notes()).filteredOn(n -> n instanceof ProposalNote.PlanStepTaken)
                .extracting(ProposalNote::message).hasSize(2)
                .allMatch(m -> m.startsWith("taken from the plan check computes on the cut (step 1), which would "
                        + "otherwise undo part of it: merge "))
                .anyMatch(m -> m.contains("merge CategoryService (granularity 0.23) into "))
                .anyMatch(m -> m.contains("merge ReviewService (granularity 0.35) into "));
        assertThat(io.mdecomp.analysis.Analyzer.analyze(proposal.model()).recommendations())
                .noneMatch(r -> r.detail().contains("CategoryService") || r.detail().contains("ReviewService"));
    }

    /**
     * The ride-hailing sample is cut along its bounded contexts. Leiden puts pricing with dispatch
     * and billing with trips; the plan check computes on that cut splits both back along their
     * contexts (MD011), undoing the proposal's moves, so the proposal takes both splits: it is the
     * current cut, under the current names, with nothing moved.
     */
    @Test
    void takesTheSplitsThatCheckWouldUseToUndoItsMerges() {
        DomainModel rides = ModelReader.read(java.nio.file.Path.of("..", "samples", "ride-hailing", "model.yaml"));

        Proposal proposal = new Proposer().propose(rides, ProposeOptions.defaults()).proposal();

        Map<String, List<String>> current = new java.util.TreeMap<>();
        rides.services().forEach(s -> current.put(s.name(), s.owns()));
        Map<String, List<String>> proposed = new java.util.TreeMap<>();
        proposal.model().services().forEach(s -> proposed.put(s.name(), s.owns()));
        assertThat(proposed).isEqualTo(current);
        assertThat(proposal.moves()).isEmpty();
        assertThat(proposal.notes()).filteredOn(n -> n instanceof ProposalNote.PlanStepTaken)
                .extracting(ProposalNote::message).hasSize(2)
                .anyMatch(m -> m.contains("split TripService (2 bounded contexts) into TripService (Trip, Route, "
                        + "TripEvent), TripBillingService (Invoice, Charge)"))
                .anyMatch(m -> m.contains("split DispatchService (2 bounded contexts) into DispatchService "
                        + "(DriverLocation, Assignment), FareCalculationService (FareQuote, SurgeZone)"));
    }

    /** With --services 10 the same merge would leave nine services: the proposal keeps ten and says why. */
    @Test
    void keepsTheAskedNumberOfServicesAndNamesThePlanStepThatWouldUndoTheCut() {
        DomainModel monolith = ModelReader.read(java.nio.file.Path.of("..", "samples", "monolith", "model.yaml"));

        Proposal proposal = new Proposer().propose(monolith, ProposeOptions.defaults().withServices(10)).proposal();

        assertThat(proposal.model().services().stream().filter(s -> !s.owns().isEmpty())).hasSize(10);
        assertThat(proposal.notes()).filteredOn(n -> n instanceof ProposalNote.ReversalLeft)
                .extracting(ProposalNote::message).containsExactly("check's plan on this proposal undoes part of the "
                        + "cut (merge CategoryService (granularity 0.23) into ProductService, a partner it shares "
                        + "86.84 of entity-graph weight with; merged granularity 0.45; no new calls); the proposal keeps "
                        + "the cut because --services 10 asks for that many services");
    }

    @Test
    void saysWhenNothingRelatesTheAggregates() {
        Graph<String, DefaultWeightedEdge> none = graph();
        monolith().entities().forEach(e -> none.addVertex(e.name()));

        Proposal proposal = new Proposer().propose(monolith(), none, options(ProposeAlgorithm.LEIDEN, 1));

        assertThat(proposal.notes()).extracting(ProposalNote::message).containsExactly("the entity graph relates none "
                + "of the 7 aggregates (no use case or endpoint uses two of them together, no references): the cut keeps "
                + "each with its current service; add use cases, endpoints' reads and writes, or references");
        assertThat(proposal.model().services()).extracting(Service::name).containsExactly("Monolith");
    }

    @Test
    void placesEachComponentWithTheServiceWhoseEntitiesItUsesMost() {
        DomainModel model = ModelReader.readString("components.yaml", """
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
                          - {name: Checkout, kind: aggregate-root}
                          - {name: Product, kind: aggregate-root}
                          - {name: Price, kind: aggregate-root}
                          - {name: Category, kind: aggregate-root}
                          - {name: Stock, kind: aggregate-root}
                services:
                  - {name: Monolith, context: Core}
                components:
                  - {name: OrderController, kind: class, uses: {Order: 5, Product: 2}, service: Monolith}
                  - {name: products, kind: table, uses: {Product: 1}, service: Monolith}
                  - {name: Bridge, kind: class, uses: {Cart: 1, Price: 1}}
                  - {name: StringUtils, kind: class, uses: {}, service: Monolith}
                """);

        // the cut of the two cliques alone: the components' own cohesion (CodeCohesionTest) left out
        Proposal proposal = new Proposer(AnalysisSettings.defaults().withPriority(Criterion.CODE_COHESION,
                Priority.IGNORE)).propose(model, twoCliques(), options(ProposeAlgorithm.LEIDEN, 1));

        assertThat(proposal.placements()).extracting(p -> p.component() + " " + p.reason() + " " + p.service())
                .containsExactly("OrderController MOST_USE Optional[Monolith]",
                        "products MOST_USE Optional[ProductService]", "Bridge TIE Optional.empty",
                        "StringUtils NO_ENTITY Optional.empty");
        assertThat(proposal.model().components()).extracting(c -> c.name() + " " + c.service()).containsExactly(
                "OrderController Optional[Monolith]", "products Optional[ProductService]", "Bridge Optional.empty",
                "StringUtils Optional.empty");
    }
}
