package io.mdecomp.simulator.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.simulator.engine.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One random stream per source: switching on an injected fault, a cache or an optional call
 * leaves the service times drawn for an endpoint unchanged, request by request.
 */
class RandomStreamsPerSourceTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    /** The service times of 500 requests, each also drawing what the given sources need. */
    private static List<Double> serviceTimes(long seed, double failRate, double hitRatio, double callProbability) {
        Simulation sim = new Simulation(seed, 10);
        ServiceStation station = new ServiceStation("S", 0, sim, Deployment.DEFAULT);
        EndpointPlan plan = new EndpointPlan(station, "e", new Exponential(Duration.ofMillis(5)), hitRatio,
                sim.streams());
        station.failShare(failRate);
        List<Double> times = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < 500; i++) {
            times.add(station.serviceTime(plan));
            if (station.injectFailure()) {
                failures++;
                continue;
            }
            if (!plan.drawCacheHit() && callProbability < 1) {
                plan.drawCall(callProbability);
            }
        }
        if (failRate == 0) {
            assertThat(failures).isZero();
        } else {
            assertThat(failures).as("the fault fails requests").isGreaterThan((int) (500 * failRate / 2));
        }
        return times;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingAFaultLeavesTheServiceTimeDrawsUnchanged(long seed) {
        assertThat(serviceTimes(seed, 0.5, 0, 1)).as("seed %d", seed).isEqualTo(serviceTimes(seed, 0, 0, 1));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingACacheOrAnOptionalCallLeavesTheServiceTimeDrawsUnchanged(long seed) {
        List<Double> plain = serviceTimes(seed, 0, 0, 1);
        assertThat(serviceTimes(seed, 0, 0.4, 1)).as("seed %d", seed).isEqualTo(plain);
        assertThat(serviceTimes(seed, 0, 0, 0.3)).as("seed %d", seed).isEqualTo(plain);
        assertThat(serviceTimes(seed, 0.2, 0.4, 0.3)).as("seed %d", seed).isEqualTo(plain);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSlowFaultScalesTheSameDraws(long seed) {
        List<Double> plain = serviceTimes(seed, 0, 0, 1);
        Simulation sim = new Simulation(seed, 10);
        ServiceStation station = new ServiceStation("S", 0, sim, Deployment.DEFAULT);
        EndpointPlan plan = new EndpointPlan(station, "e", new Exponential(Duration.ofMillis(5)), 0, sim.streams());
        station.slow(3);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(station.serviceTime(plan)).isCloseTo(3 * plain.get(i), org.assertj.core.data.Offset.offset(1e-15));
        }
    }
}
