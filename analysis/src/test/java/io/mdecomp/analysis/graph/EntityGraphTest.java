package io.mdecomp.analysis.graph;

import static io.mdecomp.analysis.Fixtures.characterised;
import static io.mdecomp.analysis.Fixtures.endpoint;
import static io.mdecomp.analysis.Fixtures.member;
import static io.mdecomp.analysis.Fixtures.model;
import static io.mdecomp.analysis.Fixtures.root;
import static io.mdecomp.analysis.Fixtures.service;
import static io.mdecomp.analysis.Fixtures.useCase;
import static io.mdecomp.analysis.Fixtures.zoned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Consistency;
import io.mdecomp.model.DomainModel;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class EntityGraphTest {

    /**
     * Order (root, references Customer) and OrderItem in OrderService (team checkout); Customer in
     * CustomerService (team crm); OrderService.place reads Customer, writes Order and OrderItem.
     */
    static DomainModel ordering() {
        return model(
                List.of(root("Order", "Ordering", "Customer"), member("OrderItem", "Ordering", "Order"),
                        root("Customer", "Customers")),
                List.of(service("OrderService", "Ordering", "checkout", Double.NaN, List.of("Order", "OrderItem"),
                                endpoint("place", List.of("Customer"), List.of("Order", "OrderItem"))),
                        service("CustomerService", "Customers", "crm", 0.2, List.of("Customer"))));
    }

    @Test
    void scoresPairsByCriteriaWithHandWorkedWeights() {
        EntityGraph graph = EntityGraph.of(ordering(), AnalysisSettings.defaults());

        // raw proximity: Order-OrderItem written together 10; Order-Customer read/written 3 + reference 1 = 4;
        // OrderItem-Customer 3. Nearest-rank 90th percentile of [3, 4, 10] is 10, so scores stay raw.
        // Order-OrderItem: identity 3·10 + proximity 3·10 + shared owner (team checkout) 3·10 = 90
        assertThat(graph.edge("Order", "OrderItem").orElseThrow().weight()).isCloseTo(90, within(1e-9));
        // Order-Customer: proximity 3·4 = 12 (teams differ); OrderItem-Customer: 3·3 = 9
        assertThat(graph.edge("Customer", "Order").orElseThrow().weight()).isCloseTo(12, within(1e-9));
        assertThat(graph.edge("OrderItem", "Customer").orElseThrow().weight()).isCloseTo(9, within(1e-9));
        assertThat(graph.edges()).hasSize(3);
        assertThat(graph.edge("Order", "OrderItem").orElseThrow().terms())
                .extracting(Term::criterion, Term::score, Term::priority)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Criterion.IDENTITY_AND_LIFECYCLE, 10.0, Priority.M),
                        org.assertj.core.groups.Tuple.tuple(Criterion.SEMANTIC_PROXIMITY, 10.0, Priority.M),
                        org.assertj.core.groups.Tuple.tuple(Criterion.SHARED_OWNER, 10.0, Priority.M));
        assertThat(graph.edge("Order", "Customer").orElseThrow().terms().get(0).why())
                .contains("read/written 1x", "references 1", "raw 4", "90th percentile 10");
    }

    @Test
    void normalisesProximitySoTheNinetiethPercentilePairScoresTen() {
        // ten use cases each read two entities: pairs A-B read together 1x (raw 3) ... and C-D written together 3x (raw 30)
        List<io.mdecomp.model.UseCase> useCases = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            useCases.add(useCase("w" + i, List.of(), List.of("C", "D"), false));
        }
        useCases.add(useCase("r", List.of("A", "B"), List.of(), false));
        DomainModel model = model(List.of(root("A", "X"), root("B", "X"), root("C", "X"), root("D", "X")),
                List.of(service("S", "X", null, 0.5, List.of())), List.of(), useCases);

        EntityGraph graph = EntityGraph.of(model, AnalysisSettings.defaults().withPriority(Criterion.SEMANTIC_PROXIMITY, Priority.S));

        // raw [3, 30]; nearest rank ceil(0.9·2) = 2 → p90 = 30; A-B scores 3·10/30 = 1, C-D 10 (capped at 10)
        assertThat(graph.edge("A", "B").orElseThrow().weight()).isCloseTo(1, within(1e-9));
        assertThat(graph.edge("C", "D").orElseThrow().weight()).isCloseTo(10, within(1e-9));
    }

    @Test
    void compatibilityAndZonesAdjustRelatedPairsOnly() {
        Characteristics high = new Characteristics(Optional.empty(), Optional.empty(), Optional.of(Consistency.HIGH),
                Optional.empty(), Optional.empty(), Optional.empty());
        Characteristics weak = new Characteristics(Optional.empty(), Optional.empty(), Optional.of(Consistency.WEAK),
                Optional.empty(), Optional.empty(), Optional.empty());
        DomainModel model = model(
                List.of(zoned(characterised(root("A", "X"), high), "pci"), zoned(characterised(root("B", "X"), weak), "public"),
                        zoned(characterised(root("C", "X"), weak), "public")),
                List.of(service("S", "X", null, 0.5, List.of("A", "B", "C"), endpoint("e", List.of(), List.of("A", "B")))));

        EntityGraph graph = EntityGraph.of(model, AnalysisSettings.defaults());

        // A-B: proximity 3·10 = 30, consistency XS·−|10 − 0| = −5, zone 3·−10 = −30 → −5
        assertThat(graph.edge("A", "B").orElseThrow().weight()).isCloseTo(-5, within(1e-9));
        // A-C differ as much but nothing relates them: no edge
        assertThat(graph.edge("A", "C")).isEmpty();
        // clustering view drops non-positive edges; negative pair stays as a separation hint
        assertThat(graph.positive().edgeSet()).isEmpty();
        assertThat(graph.graph().edgeSet()).hasSize(1);
    }

    @Test
    void pinnedServiceRelatesItsEntitiesAndRepelsOthers() {
        DomainModel model = model(List.of(root("A", "X"), root("B", "X"), root("C", "X")),
                List.of(service("S", "X", null, 0.5, List.of("A", "B")),
                        service("T", "X", null, 0.5, List.of("C"), endpoint("e", List.of("A"), List.of("C")))));

        EntityGraph graph = EntityGraph.of(model, AnalysisSettings.defaults(), List.of("S"));

        // A-B: nothing else relates them; pinned +10 · M = 30
        assertThat(graph.edge("A", "B").orElseThrow().weight()).isCloseTo(30, within(1e-9));
        // A-C: proximity read/written raw 3 (p90 3 → 10) · 3 = 30, pinned −10 · 3 = −30 → 0
        assertThat(graph.edge("A", "C").orElseThrow().weight()).isCloseTo(0, within(1e-9));
    }

    @Test
    void latencyCriticalUseCaseAddsLatencyTerm() {
        DomainModel model = model(List.of(root("A", "X"), root("B", "X")),
                List.of(service("S", "X", null, 0.5, List.of("A", "B"))), List.of(),
                List.of(useCase("fast", List.of("A"), List.of("B"), true)));

        EntityEdge edge = EntityGraph.of(model, AnalysisSettings.defaults()).edge("A", "B").orElseThrow();

        // proximity raw 3 → 10 (only pair) · 3 = 30; latency 10 · 3 = 30
        assertThat(edge.weight()).isCloseTo(60, within(1e-9));
        assertThat(edge.terms()).extracting(Term::criterion).containsExactly(Criterion.SEMANTIC_PROXIMITY, Criterion.LATENCY);
    }

    @Test
    void contractsAggregatesIntoTheirRoots() {
        Graph<String, DefaultWeightedEdge> contracted = EntityGraph.of(ordering(), AnalysisSettings.defaults()).contracted();

        assertThat(contracted.vertexSet()).containsExactly("Order", "Customer");
        // Order-Customer 12 + OrderItem-Customer 9
        assertThat(contracted.getEdgeWeight(contracted.getEdge("Order", "Customer"))).isCloseTo(21, within(1e-9));
        // the aggregate's internal weight Order-OrderItem 90 stays as a self-loop
        assertThat(contracted.getEdgeWeight(contracted.getEdge("Order", "Order"))).isCloseTo(90, within(1e-9));
        assertThat(contracted.edgeSet()).hasSize(2);
    }

    @Test
    void ignoredCriterionAddsNoTerm() {
        EntityGraph graph = EntityGraph.of(ordering(),
                AnalysisSettings.defaults().withPriority(Criterion.SHARED_OWNER, Priority.IGNORE));

        assertThat(graph.edge("Order", "OrderItem").orElseThrow().weight()).isCloseTo(60, within(1e-9));
    }
}
