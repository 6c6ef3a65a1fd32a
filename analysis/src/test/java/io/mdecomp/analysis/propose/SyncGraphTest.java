package io.mdecomp.analysis.propose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncGraphTest {

    private static final List<String> SERVICES = List.of("A", "B", "C", "D", "E", "F", "G");

    @Test
    void aCallBackAlongASyncPathClosesACycle() {
        SyncGraph graph = new SyncGraph(SERVICES, 3, 5);
        graph.add("A", "B");
        graph.add("B", "C");

        assertThat(graph.hazard("C", "A")).contains(Interaction.Hazard.SYNC_CYCLE);
        assertThat(graph.hazard("C", "B")).contains(Interaction.Hazard.SYNC_CYCLE);
        assertThat(graph.hazard("A", "C")).isEmpty();
        // a call that is already there changes nothing, and a service does not call itself
        assertThat(graph.hazard("A", "B")).isEmpty();
        assertThat(graph.hazard("A", "A")).isEmpty();
    }

    @Test
    void aCallThatJoinsTwoChainsPastTheThresholdMakesALongChain() {
        SyncGraph graph = new SyncGraph(SERVICES, 3, 5);
        graph.add("A", "B");
        graph.add("C", "D");
        graph.add("D", "E");

        // A -> B then B -> C -> D -> E would be 4 calls; A -> B, B -> D -> E only 3
        assertThat(graph.hazard("B", "C")).contains(Interaction.Hazard.LONG_CHAIN);
        assertThat(graph.hazard("B", "D")).isEmpty();
        assertThat(new SyncGraph(SERVICES, Double.POSITIVE_INFINITY, 5).hazard("B", "C")).isEmpty();
    }

    @Test
    void aCycleAlreadyThereCountsAsAnalyzeCountsIt() {
        SyncGraph graph = new SyncGraph(SERVICES, 3, 5);
        graph.add("A", "B");
        graph.add("B", "A");

        // walking once through the cycle A, B is one call; then C -> D two more: 1 + 1 + 1 = 3 is fine, a fourth is not
        assertThat(graph.hazard("B", "C")).isEmpty();
        graph.add("B", "C");
        assertThat(graph.hazard("C", "D")).isEmpty();
        graph.add("C", "D");
        assertThat(graph.hazard("D", "E")).contains(Interaction.Hazard.LONG_CHAIN);
    }

    @Test
    void aSixthSyncDependencyPassesTheFanOutThreshold() {
        SyncGraph graph = new SyncGraph(SERVICES, 3, 5);
        for (String callee : List.of("B", "C", "D", "E", "F")) {
            assertThat(graph.hazard("A", callee)).isEqualTo(Optional.empty());
            graph.add("A", callee);
        }
        assertThat(graph.hazard("A", "G")).contains(Interaction.Hazard.FAN_OUT);
        assertThat(graph.hazard("A", "F")).isEmpty();
    }
}
