package io.mdecomp.analysis.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import io.mdecomp.model.format.ModelReader;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** Capacity carried over by the share of work, worked out by hand. */
class CapacityTest {

    @Test
    void aSplitServiceHandsEachPieceItsShareOfTheWorkOnAsManyInstances() {
        DomainModel model = ModelReader.readString("shop.yaml", InteractionsTest.SHOP.formatted(""));
        Proposal proposal = new Proposer().propose(model, InteractionsTest.graph(), ProposeOptions.defaults());

        // Monolith: 2 x 10 workers, queue 40; its endpoints' mean service times add up to 6 + 2 + 3 + 4 + 5 = 20 ms
        // and getOrder, without one, counts as their mean 4 ms: 24 ms. Monolith keeps place, addToCart, checkout,
        // getOrder: 17/24 of 20 slots = 14.17, so 2 x ⌈7.08⌉ = 2 x 8, queue ⌈17/24 · 80 / 2⌉ = 29.
        // ProductService takes editProduct and reserve: 7/24 · 20 = 5.83 slots, 2 x 3, queue ⌈11.67⌉ = 12.
        assertThat(service(proposal, "Monolith").deployment()).isEqualTo(new Deployment(2, 8, 29));
        assertThat(service(proposal, "ProductService").deployment()).isEqualTo(new Deployment(2, 3, 12));
        ServiceCapacity monolith = proposal.capacities().get(0);
        assertThat(monolith.workerSlots()).isCloseTo(20.0 * 17 / 24, within(1e-9));
        assertThat(monolith.shares()).containsOnlyKeys("Monolith");
        assertThat(monolith.shares().get("Monolith")).isCloseTo(17.0 / 24, within(1e-12));
        // Reporting keeps what it had (the default: one instance of 16 workers, queue 100)
        assertThat(service(proposal, "Reporting").deployment()).isEqualTo(Deployment.DEFAULT);
    }

    @Test
    void mergedServicesAddTheirSlotsOnTheInstancesOfTheLargerOne() {
        DomainModel model = ModelReader.readString("two.yaml", """
                system: two
                version: 1
                domains:
                  - name: D
                    contexts:
                      - name: C
                        entities:
                          - {name: A, kind: aggregate-root}
                          - {name: B, kind: aggregate-root}
                services:
                  - name: Small
                    context: C
                    complexity: 0.2
                    owns: [A]
                    endpoints: [{name: a, writes: [A], serviceTime: 1ms}]
                    deployment: {instances: 2, workers: 16, queue: 100}
                  - name: Large
                    context: C
                    complexity: 0.8
                    owns: [B]
                    endpoints: [{name: b, writes: [B], serviceTime: 9ms}]
                    deployment: {instances: 4, workers: 32, queue: 200}
                """);
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        graph.addVertex("A");
        graph.addVertex("B");
        graph.setEdgeWeight(graph.addEdge("A", "B"), 10);

        Proposal proposal = new Proposer().propose(model, graph, ProposeOptions.defaults());

        // 2 x 16 + 4 x 32 = 160 slots on Large's 4 instances: 4 x 40; queue (2 · 100 + 4 · 200) / 4 = 250.
        // Complexity: each passes all its work, so the plain mean (0.2 + 0.8) / 2 = 0.5.
        assertThat(proposal.model().services()).hasSize(1);
        Service merged = proposal.model().services().get(0);
        assertThat(merged.deployment()).isEqualTo(new Deployment(4, 40, 250));
        assertThat(merged.complexity()).hasValue(0.5);
        assertThat(proposal.capacities().get(0).workerSlots()).isEqualTo(160.0);
    }

    private static Service service(Proposal proposal, String name) {
        return proposal.model().service(name).orElseThrow();
    }
}
