package io.mdecomp.analysis.propose;

import static io.mdecomp.analysis.fixtures.Models.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code propose --services N} on hand-made graphs. */
class ServiceCountTest {

    /** Three 4-cliques K0, K1, K2 of weight 10; K0–K1 joined by 3, K1–K2 by 1. */
    private static Graph<String, DefaultWeightedEdge> cliques() {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 4; i++) {
                for (int j = i + 1; j < 4; j++) {
                    edge(g, name(c, i), name(c, j), 10);
                }
            }
        }
        edge(g, name(0, 3), name(1, 0), 3);
        edge(g, name(1, 3), name(2, 0), 1);
        return g;
    }

    private static String name(int clique, int i) {
        return "K" + clique + "e" + i;
    }

    private static void edge(Graph<String, DefaultWeightedEdge> g, String a, String b, double w) {
        g.addVertex(a);
        g.addVertex(b);
        g.setEdgeWeight(g.addEdge(a, b), w);
    }

    private static List<String> all() {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 4; i++) {
                names.add(name(c, i));
            }
        }
        return names;
    }

    private static DomainModel monolith() {
        return model().entities(all().toArray(String[]::new)).service("Monolith", all().toArray(String[]::new)).build();
    }

    private static Proposal propose(DomainModel model, ProposeOptions options) {
        return new Proposer().propose(model, cliques(), options);
    }

    private static List<Set<String>> cut(Proposal proposal) {
        return proposal.model().services().stream().map(s -> Set.copyOf(s.owns())).toList();
    }

    @Test
    void withoutAskingLeidenFindsTheThreeCliques() {
        assertThat(cut(propose(monolith(), ProposeOptions.defaults()))).hasSize(3);
    }

    @Test
    void fewerServicesMergeThePairOfLargestModularityGain() {
        // m = 3 · 60 + 4 = 184, degrees 123, 124, 121: ΔQ(K0, K1) = 3/184 − 123 · 124 / (2 · 184²) = −0.209
        // beats ΔQ(K1, K2) = 1/184 − 124 · 121 / (2 · 184²) = −0.216
        Proposal proposal = propose(monolith(), ProposeOptions.defaults().withServices(2));

        Set<String> k0k1 = new HashSet<>(all().subList(0, 8));
        assertThat(cut(proposal)).containsExactlyInAnyOrder(k0k1, Set.copyOf(all().subList(8, 12)));
        assertThat(proposal.notes()).extracting(ProposalNote::message).contains(
                "--services 2: leiden found 3 clusters; 1 pair of clusters merged by largest modularity gain");
        assertThat(cut(propose(monolith(), ProposeOptions.defaults().withServices(1)))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ProposeAlgorithm.class)
    void moreServicesThanTheAlgorithmFindsAreReachedByAskingItForMore(ProposeAlgorithm algorithm) {
        Proposal proposal = propose(monolith(), new ProposeOptions(algorithm, 1, 1, List.of()).withServices(5));

        assertThat(cut(proposal)).hasSize(5);
        // never mixing two cliques: more services only split them
        for (Set<String> service : cut(proposal)) {
            assertThat(service.stream().map(e -> e.substring(0, 2)).distinct()).as("%s", service).hasSize(1);
        }
        ProposalNote.ServiceCountReached note = proposal.notes().stream()
                .filter(n -> n instanceof ProposalNote.ServiceCountReached)
                .map(n -> (ProposalNote.ServiceCountReached) n).findFirst().orElseThrow();
        assertThat(note.requested()).isEqualTo(5);
        if (algorithm.hasResolution()) {
            assertThat(note.resolution()).isGreaterThan(1.0);
            assertThat(note.fromSingletons()).isFalse();
        }
        if (algorithm == ProposeAlgorithm.LABEL_PROPAGATION) {
            // no resolution to raise: it starts from single aggregates and merges by modularity gain
            assertThat(note.fromSingletons()).isTrue();
            assertThat(note.merges()).isEqualTo(12 - 5);
        }
    }

    @Test
    void pinnedServicesCountAmongTheRequested() {
        DomainModel model = model().entities(all().toArray(String[]::new))
                .service("Core", all().subList(0, 4).toArray(String[]::new))
                .service("Rest", all().subList(4, 12).toArray(String[]::new)).build();

        Proposal proposal = propose(model, new ProposeOptions(ProposeAlgorithm.LEIDEN, 1, 1, List.of("Core"))
                .withServices(2));

        assertThat(proposal.model().services()).extracting(Service::name).containsExactly("Core", "Rest");
        assertThat(proposal.model().services().get(1).owns()).hasSize(8);
    }

    @Test
    void refusesMoreServicesThanAggregatesAndFewerThanTheSecurityZonesNeed() {
        assertThatThrownBy(() -> propose(monolith(), ProposeOptions.defaults().withServices(13)))
                .isInstanceOf(InputException.class)
                .hasMessage("--services: error: --services 13 asks for more services than there are aggregates to "
                        + "place: 12, and an aggregate is never cut; ask for at most 12 [limit]");
        DomainModel zoned = model().entities(all().toArray(String[]::new)).build();
        DomainModel withZones = new DomainModel(zoned.system(), zoned.version(), List.of(zone(zoned)),
                monolith().services(), List.of(), List.of(), zoned.location());
        assertThatThrownBy(() -> propose(withZones, ProposeOptions.defaults().withServices(1)))
                .isInstanceOf(InputException.class)
                .hasMessage("--services: error: --services 1 asks for fewer services than the proposal needs: "
                        + "2 security zones that must not share a service (payments, personal-data); ask for at least 2 "
                        + "[limit]");
        assertThatThrownBy(() -> ProposeOptions.defaults().withServices(0)).hasMessageContaining("at least 1");
    }

    /** The model's one domain with K0e0 in zone payments and K2e0 in zone personal-data. */
    private static io.mdecomp.model.Domain zone(DomainModel model) {
        io.mdecomp.model.Domain domain = model.domains().get(0);
        io.mdecomp.model.BoundedContext context = domain.contexts().get(0);
        List<io.mdecomp.model.Entity> entities = new ArrayList<>();
        for (io.mdecomp.model.Entity e : context.entities()) {
            String zone = e.name().equals("K0e0") ? "payments" : e.name().equals("K2e0") ? "personal-data" : null;
            entities.add(new io.mdecomp.model.Entity(e.name(), e.context(), e.kind(), e.aggregate(), e.attributes(),
                    e.references(), e.characteristics(), java.util.Optional.ofNullable(zone), e.location()));
        }
        return new io.mdecomp.model.Domain(domain.name(), domain.description(), List.of(
                new io.mdecomp.model.BoundedContext(context.name(), context.domain(), entities, context.location())),
                domain.location());
    }
}
