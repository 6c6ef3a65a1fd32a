package io.mdecomp.analysis.graph;

import static io.mdecomp.analysis.Fixtures.asyncCall;
import static io.mdecomp.analysis.Fixtures.call;
import static io.mdecomp.analysis.Fixtures.consuming;
import static io.mdecomp.analysis.Fixtures.dependency;
import static io.mdecomp.analysis.Fixtures.endpoint;
import static io.mdecomp.analysis.Fixtures.model;
import static io.mdecomp.analysis.Fixtures.publishing;
import static io.mdecomp.analysis.Fixtures.root;
import static io.mdecomp.analysis.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.Cache;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Protocol;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceGraphTest {

    static DomainModel shop() {
        Endpoint cached = endpoint("browse", List.of(), List.of(), call("B", "y"));
        cached = new Endpoint(cached.name(), cached.method(), cached.path(), cached.reads(), cached.writes(),
                cached.serviceTime(), cached.calls(), cached.publishes(), Optional.of(new Cache(0.5)), cached.location());
        return model(List.of(root("Ea", "X"), root("Eb", "X"), root("Ec", "X")),
                List.of(service("A", "X", "t", 0.5, List.of("Ea"),
                                endpoint("x", List.of("Ec"), List.of(), call("B", "y", 0.2), asyncCall("C", "z"), call("A", "w")),
                                publishing(endpoint("w"), "Happened"), cached),
                        service("B", "X", "t", 0.5, List.of("Eb"), endpoint("y")),
                        consuming(service("C", "X", "t", 0.5, List.of("Ec"), endpoint("z")), "Happened", "z")),
                List.of(dependency("C", "B", Protocol.GRPC)), List.of());
    }

    @Test
    void derivesEveryDependencyKindWithWeights() {
        ServiceGraph graph = ServiceGraph.of(shop());

        assertThat(graph.edges()).extracting(ServiceEdge::source, ServiceEdge::target, ServiceEdge::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", "B", DependencyKind.SYNC_CALL),
                        org.assertj.core.groups.Tuple.tuple("A", "C", DependencyKind.ASYNC_CALL),
                        org.assertj.core.groups.Tuple.tuple("A", "C", DependencyKind.DATA),
                        org.assertj.core.groups.Tuple.tuple("C", "A", DependencyKind.EVENT),
                        org.assertj.core.groups.Tuple.tuple("C", "B", DependencyKind.DECLARED));
        // A -> B: x calls y with probability 0.2, browse calls y behind a 50% cache: 0.2 + 0.5 = 0.7
        assertThat(graph.edges().get(0).weight()).isCloseTo(0.7, within(1e-12));
        assertThat(graph.edges().get(0).via()).containsExactly("browse -> y", "x -> y");
        assertThat(graph.edges().get(2).via()).containsExactly("Ec");
        // C consumes A's Happened: C depends on the publisher's contract
        assertThat(graph.edges().get(3).via()).containsExactly("Happened");
        assertThat(graph.edges().get(4).sync()).isTrue();
        assertThat(graph.edges().get(1).sync()).isFalse();
        // the self call A.x -> A.w is no edge
        assertThat(graph.dependencies("A")).containsExactly("B", "C");
        assertThat(graph.dependencies("C")).containsExactly("A", "B");
        assertThat(graph.syncDependencies("C")).containsExactly("B");
    }

    @Test
    void syncChainsCountCallsAndWalkCyclesOnce() {
        // P -> Q -> R -> Q (cycle Q,R), R -> S
        DomainModel model = model(List.of(root("E", "X")), List.of(
                service("P", "X", "t", 0.5, List.of(), endpoint("p", List.of(), List.of(), call("Q", "q"))),
                service("Q", "X", "t", 0.5, List.of(), endpoint("q", List.of(), List.of(), call("R", "r"))),
                service("R", "X", "t", 0.5, List.of(), endpoint("r", List.of(), List.of(), call("Q", "q"), call("S", "s"))),
                service("S", "X", "t", 0.5, List.of(), endpoint("s"))));

        SyncChains chains = SyncChains.of(ServiceGraph.of(model));

        // S: 0; {Q, R}: (2 − 1) + 1 + depth(S) = 2; P: 1 + 2 = 3
        assertThat(chains.depth("S")).isZero();
        assertThat(chains.depth("Q")).isEqualTo(2);
        assertThat(chains.depth("R")).isEqualTo(2);
        assertThat(chains.depth("P")).isEqualTo(3);
        assertThat(chains.chain("P")).containsExactly("P", "Q", "R", "S");
    }

    @Test
    void listsCyclesOnceFromTheirSmallestVertexAndStopsAtTheLimit() {
        java.util.Map<String, List<String>> adjacency = new java.util.TreeMap<>();
        adjacency.put("A", List.of("B"));
        adjacency.put("B", List.of("A", "C"));
        adjacency.put("C", List.of("A"));

        Cycles.Result all = Cycles.of(adjacency, 10);
        Cycles.Result one = Cycles.of(adjacency, 1);

        assertThat(all.cycles()).containsExactly(List.of("A", "B", "A"), List.of("A", "B", "C", "A"));
        assertThat(all.truncated()).isFalse();
        assertThat(one.cycles()).containsExactly(List.of("A", "B", "A"));
        assertThat(one.truncated()).isTrue();
    }
}
