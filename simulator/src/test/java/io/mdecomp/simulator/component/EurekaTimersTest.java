package io.mdecomp.simulator.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.simulator.engine.Simulation;
import org.junit.jupiter.api.Test;

/**
 * Eureka's timers: with phases of their own per instance, server and caller (the default), or
 * aligned at the multiples of their intervals (exact worked examples); Spring Cloud LoadBalancer's cache over a
 * caller's copy; Eureka's real lease expiry (twice the TTL). Two instances of A, instance 0
 * killed at 100 s; each test finds when a caller stops seeing it.
 */
class EurekaTimersTest {

    /** The defaults: timers seeded per instance, server and caller. */
    private static final DiscoverySettings EUREKA = DiscoverySettings.EUREKA;

    /** A registry with two callers, stepped in 0.5 s until both have dropped the killed instance. */
    private static final class World {
        final Simulation sim;
        final ServiceStation a;
        final Registry registry;
        final DiscoveryClient gateway;
        final DiscoveryClient caller;

        World(DiscoverySettings settings, long seed) {
            sim = new Simulation(seed, 100_000_000);
            a = new ServiceStation("A", 0, sim, new Deployment(2, 1, 0));
            registry = new Registry(sim, settings, new ServiceStation[] {a});
            gateway = new DiscoveryClient(sim, registry, "gateway");
            caller = new DiscoveryClient(sim, registry, "B");
            registry.start();
            gateway.start();
            caller.start();
            sim.at(100, () -> a.instance(0).kill());
        }

        /**
         * The first probe time (every 0.5 s, from the kill on) at which the gateway and then the
         * other caller no longer list instance 0; both probed in the same pass.
         */
        double[] dropped() {
            double[] at = {Double.NaN, Double.NaN};
            for (double t = 100; t <= 1000 && (Double.isNaN(at[0]) || Double.isNaN(at[1])); t += 0.5) {
                sim.runUntil(t);
                if (Double.isNaN(at[0]) && gateway.instances(0).length == 1) {
                    at[0] = t;
                }
                if (Double.isNaN(at[1]) && caller.instances(0).length == 1) {
                    at[1] = t;
                }
            }
            if (Double.isNaN(at[0]) || Double.isNaN(at[1])) {
                throw new AssertionError("never dropped");
            }
            return at;
        }
    }

    @Test
    void alignedTimersGiveTheWorkedExample() {
        // last renewal 90 s, expired after 180 s, first sweep seeing it 240 s, caches refreshed at 240 s
        World w = new World(EUREKA.aligned(), 1);
        assertThat(w.registry.lastRenewal(w.a.instance(0), 100)).isEqualTo(90);
        assertThat(w.dropped()).containsExactly(240, 240);
    }

    @Test
    void seededPhasesDifferPerInstanceAndPerCaller() {
        World w = new World(EUREKA, 1);
        double first = w.registry.lastRenewal(w.a.instance(0), 99);
        double second = w.registry.lastRenewal(w.a.instance(1), 99);
        assertThat(first).isNotEqualTo(second).isBetween(69.0, 99.0);
        assertThat(second).isBetween(69.0, 99.0);
        double[] dropped = w.dropped();
        double gateway = dropped[0];
        double caller = dropped[1];
        assertThat(gateway).isNotEqualTo(caller);
        // expired 90 s after a renewal in (70, 100], then up to a sweep, a server and a client refresh
        assertThat(gateway).isBetween(160.0, 310.0);
        assertThat(caller).isBetween(160.0, 310.0);
    }

    @Test
    void seededPhasesAreTheSameForTheSameSeed() {
        World once = new World(EUREKA, 7);
        World again = new World(EUREKA, 7);
        assertThat(once.dropped()).containsExactly(again.dropped());
    }

    @Test
    void theLoadBalancerCacheAddsUpToItsTtl() {
        DiscoverySettings settings = new DiscoverySettings(true, 30, 90, 60, 30, 30, true, 35, false);
        World w = new World(settings, 1);
        // the caller's copy drops it at 240 s; the balancer's cache refreshes at multiples of 35 s: 245 s
        assertThat(w.dropped()).containsExactly(245, 245);
    }

    @Test
    void eurekasRealExpiryIsTwiceTheTtl() {
        DiscoverySettings settings = new DiscoverySettings(true, 30, 90, 60, 30, 30, true, 0, true);
        World w = new World(settings, 1);
        // last renewal 90 s, expired after 270 s, first sweep seeing it at 300 s
        assertThat(w.dropped()).containsExactly(300, 300);
    }

    @Test
    void aRestartedInstanceRenewsFromItsRestart() {
        World w = new World(EUREKA, 3);
        w.sim.at(500.25, () -> w.a.instance(0).restart());
        w.sim.runUntil(600);
        assertThat(w.registry.lastRenewal(w.a.instance(0), 600)).isEqualTo(590.25);
    }
}
