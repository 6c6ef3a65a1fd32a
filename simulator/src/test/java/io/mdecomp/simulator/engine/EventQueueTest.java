package io.mdecomp.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventQueueTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    private record Entry(double time, long order) {
    }

    /** Random interleavings of adds and polls come out in (time, insertion order) order. */
    @ParameterizedTest
    @MethodSource("seeds")
    void pollsInTimeThenInsertionOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        EventQueue queue = new EventQueue();
        List<Entry> reference = new ArrayList<>();
        List<Entry> polled = new ArrayList<>();
        List<Entry> expected = new ArrayList<>();
        long[] order = {0};
        for (int step = 0; step < 3000; step++) {
            if (queue.isEmpty() || random.nextInt(3) > 0) {
                double time = random.nextInt(50);
                Entry e = new Entry(time, order[0]++);
                reference.add(e);
                queue.add(time, () -> polled.add(e));
            } else {
                reference.sort(Comparator.comparingDouble(Entry::time).thenComparingLong(Entry::order));
                expected.add(reference.remove(0));
                queue.poll().fire();
            }
        }
        assertThat(polled).as("seed %d", seed).isEqualTo(expected);
    }

    @Test
    void simulationRunsEventsInOrderAndStopsAtTheEndTime() {
        Simulation sim = new Simulation(1, 100);
        List<String> seen = new ArrayList<>();
        sim.schedule(2, () -> seen.add("b"));
        sim.schedule(1, () -> seen.add("a"));
        sim.schedule(2, () -> seen.add("c"));
        sim.schedule(5, () -> seen.add("late"));
        sim.runUntil(3);
        assertThat(seen).containsExactly("a", "b", "c");
        assertThat(sim.now()).isEqualTo(3);
        assertThat(sim.events()).isEqualTo(3);
    }

    @Test
    void refusesNegativeDelaysAndStopsAtTheEventLimit() {
        Simulation sim = new Simulation(1, 2);
        assertThatThrownBy(() -> sim.schedule(-1, () -> { })).isInstanceOf(IllegalArgumentException.class);
        for (int i = 0; i < 3; i++) {
            sim.schedule(i, () -> { });
        }
        assertThatThrownBy(() -> sim.runUntil(10)).isInstanceOf(SimulationLimitException.class)
                .hasMessageContaining("stopped after 2 events");
    }

    @Test
    void streamsDependOnlyOnSeedAndName() {
        RandomStreams a = new RandomStreams(42);
        RandomStreams b = new RandomStreams(42);
        b.stream("other");
        assertThat(a.stream("workload").nextLong()).isEqualTo(b.stream("workload").nextLong());
        assertThat(a.stream("workload").nextLong()).isNotEqualTo(a.stream("gateway").nextLong());
        assertThat(new RandomStreams(43).stream("workload").nextLong()).isNotEqualTo(a.stream("workload").nextLong());
    }

    @Test
    void stopsWhenTheClockCannotMoveOnInsteadOfSpinning() {
        Simulation sim = new Simulation(1, Long.MAX_VALUE, 1_000_000);
        Event[] again = new Event[1];
        again[0] = () -> sim.schedule(0, again[0]);
        sim.schedule(0.5, again[0]);

        assertThatThrownBy(() -> sim.runUntil(10)).isInstanceOf(SimulationLimitException.class)
                .hasMessageContaining("more than 1,000,000 events and hand-offs at simulated time 0.500000s")
                .hasMessageContaining("give an endpoint on the loop a service time above zero");
    }

    @Test
    void countsWorkAtOneInstantOnlyUntilTheClockMoves() {
        Simulation sim = new Simulation(1, Long.MAX_VALUE, 1_000_000);
        long[] fired = {0};
        Event tick = new Event() {
            @Override
            public void fire() {
                fired[0]++;
                sim.schedule(fired[0] % 1000 == 0 ? 1e-6 : 0, this);
            }
        };
        sim.schedule(0, tick);
        sim.runUntil(0.002);

        assertThat(fired[0]).as("2,000 instants of 1,000 events each").isGreaterThan(1_000_000);
    }
}
