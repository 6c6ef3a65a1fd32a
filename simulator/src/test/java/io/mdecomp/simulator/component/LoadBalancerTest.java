package io.mdecomp.simulator.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.simulator.engine.Simulation;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    private static Instance[] instances(Simulation sim, int n) {
        return new ServiceStation("S", 0, sim, new Deployment(n, 1, 0)).instances();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void roundRobinNeverDiffersByMoreThanOneBetweenInstances(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(8);
        int calls = random.nextInt(500);
        Simulation sim = new Simulation(seed, 10);
        Instance[] view = instances(sim, n);
        LoadBalancer lb = new LoadBalancer(sim, "x", Strategy.ROUND_ROBIN, n, null, null);
        int[] counts = new int[n];
        for (int i = 0; i < calls; i++) {
            counts[lb.choose(view, random.nextInt(100)).index()]++;
        }
        int min = java.util.Arrays.stream(counts).min().orElse(0);
        int max = java.util.Arrays.stream(counts).max().orElse(0);
        assertThat(max - min).as("seed %d", seed).isLessThanOrEqualTo(1);
    }

    @Test
    void leastConnectionsPicksTheInstanceWithFewestOutstanding() {
        Simulation sim = new Simulation(1, 10);
        Instance[] view = instances(sim, 3);
        LoadBalancer lb = new LoadBalancer(sim, "x", Strategy.LEAST_CONNECTIONS, 3, null, null);
        lb.started(view[0]);
        lb.started(view[0]);
        lb.started(view[2]);
        assertThat(lb.choose(view, 0).index()).isEqualTo(1);
        lb.started(view[1]);
        lb.started(view[1]);
        assertThat(lb.choose(view, 0).index()).isEqualTo(2);
    }

    /**
     * Each client sticks to one instance, and the clients spread over all instances: of 5,000
     * clients each of 5 instances gets 1,000 ± 150 (about 5 standard deviations of a fair split).
     */
    @Test
    void ipHashSendsAClientToTheSameInstanceAndSpreadsClientsEvenly() {
        Simulation sim = new Simulation(1, 10);
        Instance[] view = instances(sim, 5);
        LoadBalancer lb = new LoadBalancer(sim, "x", Strategy.IP_HASH, 5, null, null);
        int[] clientsPerInstance = new int[5];
        for (int client = 0; client < 5000; client++) {
            int first = lb.choose(view, client).index();
            clientsPerInstance[first]++;
            for (int k = 0; k < 3; k++) {
                assertThat(lb.choose(view, client).index()).isEqualTo(first);
            }
        }
        assertThat(java.util.Arrays.stream(clientsPerInstance).boxed()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
    }

    @Test
    void powerOfTwoChoicesWithTwoInstancesAlwaysTakesTheLessLoaded() {
        Simulation sim = new Simulation(1, 10);
        Instance[] view = instances(sim, 2);
        LoadBalancer lb = new LoadBalancer(sim, "x", Strategy.POWER_OF_TWO_CHOICES, 2, null, null);
        lb.started(view[0]);
        for (int k = 0; k < 20; k++) {
            assertThat(lb.choose(view, k).index()).isEqualTo(1);
        }
    }

    @Test
    void weightedSplitsInProportionToWeights() {
        Simulation sim = new Simulation(1, 10);
        Instance[] view = instances(sim, 2);
        LoadBalancer lb = new LoadBalancer(sim, "x", Strategy.WEIGHTED, 2, new double[] {3, 1}, null);
        int first = 0;
        for (int k = 0; k < 40_000; k++) {
            if (lb.choose(view, k).index() == 0) {
                first++;
            }
        }
        assertThat(first / 40_000.0).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void outlierEjectionRemovesAHostAfterFiveConsecutiveErrorsForThirtySeconds() {
        Simulation sim = new Simulation(1, 1000);
        Instance[] view = instances(sim, 2);
        LoadBalancer lb = new LoadBalancer(sim, "x", Strategy.ROUND_ROBIN, 2, null, OutlierSettings.ENVOY);
        for (int i = 0; i < 4; i++) {
            lb.started(view[0]);
            lb.ended(view[0], ErrorCause.INJECTED);
        }
        assertThat(lb.isEjected(0)).isFalse();
        lb.started(view[0]);
        lb.ended(view[0], ErrorCause.INJECTED);
        assertThat(lb.isEjected(0)).isTrue();
        for (int k = 0; k < 10; k++) {
            assertThat(lb.choose(view, k).index()).isEqualTo(1);
        }
        sim.runUntil(29.9);
        assertThat(lb.isEjected(0)).as("still ejected before 30s").isTrue();
        sim.runUntil(30);
        assertThat(lb.isEjected(0)).as("back at the sweep at 30s").isFalse();
    }

    @Test
    void outlierEjectionEjectsAtMostTenPercentButAlwaysOne() {
        Simulation sim = new Simulation(1, 1000);
        Instance[] view = instances(sim, 4);
        LoadBalancer lb = new LoadBalancer(sim, "x", Strategy.ROUND_ROBIN, 4, null, OutlierSettings.ENVOY);
        for (Instance host : view) {
            for (int i = 0; i < 5; i++) {
                lb.started(host);
                lb.ended(host, ErrorCause.TIMEOUT);
            }
        }
        assertThat(lb.ejections()).isEqualTo(1);
    }
}
