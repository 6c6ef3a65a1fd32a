package io.mdecomp.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CyclesTest {

    /**
     * A ring of 50,000 services: its one cycle is found without a call stack as deep as the ring;
     * walking the ring again from every other start would take 1.25 billion steps, so the step
     * budget ends the search there and says so.
     */
    @Test
    void aRingLongerThanAnyCallStackIsOneCycle() {
        int n = 50_000;
        Map<String, List<String>> adjacency = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            adjacency.put(name(i), List.of(name((i + 1) % n)));
        }
        Cycles.Result result = Cycles.of(adjacency, 10);
        assertThat(result.truncated()).isTrue();
        assertThat(result.cycles()).hasSize(1);
        assertThat(result.cycles().get(0)).hasSize(n + 1).startsWith(name(0), name(1)).endsWith(name(0));
    }

    @Test
    void theStepBudgetStopsAnExplosionOfCycles() {
        // a complete digraph on 12 vertices has about 10^8 simple cycles
        Map<String, List<String>> adjacency = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            List<String> others = new java.util.ArrayList<>();
            for (int j = 0; j < 12; j++) {
                if (j != i) {
                    others.add(name(j));
                }
            }
            adjacency.put(name(i), others);
        }
        Cycles.Result result = Cycles.of(adjacency, Integer.MAX_VALUE);
        assertThat(result.truncated()).isTrue();
        assertThat(result.cycles()).isNotEmpty();
    }

    private static String name(int i) {
        return String.format("S%05d", i);
    }
}
