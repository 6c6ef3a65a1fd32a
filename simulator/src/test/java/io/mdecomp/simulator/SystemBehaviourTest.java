package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.cached;
import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.DiscoverySettings;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.GatewaySettings;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.RetrySettings;
import io.mdecomp.simulator.component.WorkloadSettings;
import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.TimeSeries;
import io.mdecomp.simulator.scenario.ResiliencePolicy;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Whole-system behaviours with hand-worked expectations. */
class SystemBehaviourTest {

    private static final Deployment ROOMY = new Deployment(1, 1000, 1000);

    private static ScenarioResult run(DomainModel model, Scenario scenario) {
        return Simulator.run(model, scenario, RunOptions.DEFAULTS);
    }

    private static Resilience retry(int attempts) {
        return new Resilience(OptionalDouble.empty(), Optional.of(new RetrySettings(attempts, 0, 1, 0,
                OptionalDouble.empty(), 0, EnumSet.allOf(ErrorCause.class))), Optional.empty(), OptionalInt.empty());
    }

    @Test
    void threeAttemptsAgainstAThirtyPercentFailingCalleeFailTwoPointSevenPercentWithOnePointThreeNineAttempts() {
        // P(fail) = 0.3³ = 2.7%; attempts per request = 1 + 0.3 + 0.09 = 1.39
        DomainModel m = model().service("A", ROOMY, endpoint("a", new Constant(ms(1)), sync("B", "b")))
                .service("B", ROOMY, endpoint("b", new Constant(ms(1)))).build();
        Scenario s = Scenario.builder("retry", 200, 3, open(1000, "GET /a"))
                .resilience(ResiliencePolicy.of(Resilience.NONE, Map.of(new CallKey("A", "B"), retry(3))))
                .faults(List.of(new Fault(0, 1000, new Fault.Fail("B", 0.3)))).build();
        ScenarioResult r = run(m, s);
        double failed = r.requests().failed() / (double) r.requests().total();
        CallResult ab = r.calls().stream().filter(c -> c.call().callee().equals("B")).findFirst().orElseThrow();
        assertThat(failed).isCloseTo(0.027, Offset.offset(0.002));
        assertThat(ab.attempts() / (double) ab.calls()).isCloseTo(1.39, Offset.offset(0.01));
        assertThat(r.routes().get(0).errors()).containsOnlyKeys(ErrorCause.INJECTED);
    }

    @Test
    void killedInstanceKeepsReceivingCallsUntilLeaseSweepAndCachesHavePassedThenNone() {
        // kill at 100s: last renewal 90s, lease expired after 180s, first sweep seeing it at 240s,
        // server cache and client cache refreshed at 240s right after the sweep
        DomainModel m = model().service("A", new Deployment(2, 100, 100), endpoint("a", new Constant(ms(1)))).build();
        Scenario s = Scenario.builder("eureka", 400, 5, open(100, "GET /a")).discovery(DiscoverySettings.EUREKA.aligned())
                .faults(List.of(new Fault(100, 10_000, new Fault.Kill("A", 1)))).build();
        ScenarioResult r = run(m, s);
        List<TimeSeries.Bucket> buckets = r.timeseries().buckets();
        assertThat(r.timeseries().bucketSeconds()).isEqualTo(7);
        for (TimeSeries.Bucket b : buckets) {
            double from = b.atSeconds();
            double to = from + 7;
            if (to <= 100 || from >= 240) {
                assertThat(b.failed()).as("bucket at %s", from).isZero();
            } else if (from >= 100 && to <= 240) {
                assertThat(b.failed() / (double) b.requests()).as("bucket at %s", from)
                        .isCloseTo(0.5, Offset.offset(0.02));
            }
        }
        assertThat(r.routes().get(0).errors()).containsOnlyKeys(ErrorCause.CONNECTION_REFUSED);
        assertThat(r.routes().get(0).failed()).isCloseTo(7000, Offset.offset(300L));
    }

    @Test
    void withDefaultSeededTimersTheCachesKeepADeadInstanceForATimeThatVariesWithTheSeed() {
        // the defaults: heartbeats, sweeps and cache refreshes at phases of their own, so after the
        // kill at 100 s the gateway keeps calling the dead instance for 60 s to 210 s, unlike the
        // aligned timers' exact 140 s, and for how long depends on the seed
        DomainModel m = model().service("A", new Deployment(2, 100, 100), endpoint("a", new Constant(ms(1)))).build();
        java.util.Set<Double> seededEnds = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 4; seed++) {
            Scenario base = Scenario.builder("eureka", 400, seed, open(100, "GET /a")).bucketSeconds(1)
                    .faults(List.of(new Fault(100, 10_000, new Fault.Kill("A", 1)))).build();
            double[] seeded = failureWindow(run(m, base.toBuilder().discovery(DiscoverySettings.EUREKA).build()));
            assertThat(seeded[0]).as("first failure, seed %s", seed).isEqualTo(100);
            assertThat(seeded[1]).as("end of the failures, seed %s", seed).isBetween(160.0, 310.0);
            seededEnds.add(seeded[1]);
            double[] aligned = failureWindow(run(m, base.toBuilder().discovery(DiscoverySettings.EUREKA.aligned())
                    .build()));
            assertThat(aligned).as("aligned timers, seed %s", seed).containsExactly(100, 240);
        }
        assertThat(seededEnds).as("where the failures end, per seed").hasSizeGreaterThan(2);
    }

    /** The start of the first and the end of the last one-second bucket with a failed request. */
    private static double[] failureWindow(ScenarioResult r) {
        assertThat(r.routes().get(0).errors()).containsOnlyKeys(ErrorCause.CONNECTION_REFUSED);
        List<TimeSeries.Bucket> failing = r.timeseries().buckets().stream().filter(b -> b.failed() > 0).toList();
        return new double[] {failing.get(0).atSeconds(), failing.get(failing.size() - 1).atSeconds() + 1};
    }

    @Test
    void withAnIdealRegistryAKilledInstanceIsNeverCalled() {
        DomainModel m = model().service("A", new Deployment(2, 100, 100), endpoint("a", new Constant(ms(1)))).build();
        Scenario s = Scenario.builder("ideal", 400, 5, open(100, "GET /a"))
                .faults(List.of(new Fault(100, 10_000, new Fault.Kill("A", 1)))).build();
        assertThat(run(m, s).requests().failed()).isZero();
    }

    @Test
    void timedOutCallerGivesUpWhileTheCalleeKeepsWorking() {
        DomainModel m = model().service("A", ROOMY, endpoint("a", new Constant(ms(2000)))).build();
        Resilience timeout = new Resilience(OptionalDouble.of(1), Optional.empty(), Optional.empty(),
                OptionalInt.empty());
        Scenario s = Scenario.builder("timeout", 10, 1, open(10, "GET /a")).resilience(ResiliencePolicy.of(timeout, Map.of())).build();
        ScenarioResult r = run(m, s);
        assertThat(r.routes().get(0).errors()).containsOnlyKeys(ErrorCause.TIMEOUT);
        assertThat(r.routes().get(0).ok()).isZero();
        assertThat(r.services().get(0).ok()).as("the callee finished the calls its caller gave up on")
                .isGreaterThan(60);
        assertThat(r.services().get(0).errors()).isEmpty();
    }

    @Test
    void gatewayAnswersUnauthorizedNotFoundAndRateLimited() {
        DomainModel m = model().service("A", ROOMY, endpoint("a", new Constant(ms(1)))).build();
        WorkloadSettings w = new WorkloadSettings(new WorkloadSettings.Open(100, List.of()), 1,
                List.of(new WorkloadSettings.MixEntry("GET /a", 1), new WorkloadSettings.MixEntry("GET /nope", 1)));
        GatewaySettings g = new GatewaySettings(Optional.empty(), 0.002, 0.1, OptionalDouble.of(20),
                OptionalDouble.empty(), 1);
        ScenarioResult r = run(m, Scenario.builder("gw", 100, 2, w).gateway(g).build());
        var a = r.routes().get(0);
        var nope = r.routes().get(1);
        assertThat(nope.errors()).containsOnlyKeys(ErrorCause.UNAUTHORIZED, ErrorCause.NOT_FOUND);
        assertThat(nope.errors().get(ErrorCause.UNAUTHORIZED) / (double) nope.requests()).isCloseTo(0.1, Offset.offset(0.02));
        // 50/s arrive on /a, 90% pass auth, the bucket lets 20/s through: ok ≈ 20/s
        assertThat(a.ok() / 100.0).isCloseTo(20, Offset.offset(1.0));
        assertThat(a.errors()).containsKeys(ErrorCause.RATE_LIMITED, ErrorCause.UNAUTHORIZED);
    }

    @Test
    void cacheHitsSkipTheDownstreamCalls() {
        DomainModel m = model().service("A", ROOMY, cached("a", new Constant(ms(1)), 0.8, sync("B", "b")))
                .service("B", ROOMY, endpoint("b", new Constant(ms(1)))).build();
        ScenarioResult r = run(m, Scenario.builder("cache", 100, 4, open(200, "GET /a")).build());
        long a = r.services().get(0).calls();
        long b = r.services().get(1).calls();
        assertThat(b / (double) a).isCloseTo(0.2, Offset.offset(0.01));
    }

    @Test
    void callerFailingBecauseItsCalleeIsDeadCountsConnectionRefusedAtRouteAndCaller() {
        DomainModel m = model().service("A", ROOMY, endpoint("a", new Constant(ms(1)), sync("B", "b")))
                .service("B", new Deployment(1, 10, 10), endpoint("b", new Constant(ms(1)))).build();
        Scenario s = Scenario.builder("dead", 100, 4, open(50, "GET /a")).discovery(DiscoverySettings.EUREKA.aligned())
                .faults(List.of(new Fault(10, 1000, new Fault.Kill("B", 1)))).build();
        ScenarioResult r = run(m, s);
        assertThat(r.routes().get(0).errors()).containsOnlyKeys(ErrorCause.CONNECTION_REFUSED);
        assertThat(r.services().get(0).errors()).containsOnlyKeys(ErrorCause.CONNECTION_REFUSED);
        assertThat(r.services().get(1).errors()).isEmpty();
    }

    @Test
    void slowConsumerBuildsUpLag() {
        DomainModel m = model()
                .service("P", ROOMY, TestModels.publishing("p", new Constant(ms(1)), "Happened"))
                .service("C", new Deployment(1, 1, 10), List.of(TestModels.consumes("Happened", "c")),
                        endpoint("c", new Constant(ms(20))))
                .build();
        ScenarioResult r = run(m, Scenario.builder("lag", 100, 4, open(100, "GET /p")).build());
        var topic = r.topics().get(0);
        // 100/s published, one consumer handles 50/s: lag grows by about 50/s
        assertThat(topic.consumed()).isCloseTo(5000, Offset.offset(20L));
        assertThat(topic.lag()).isCloseTo(5000, Offset.offset(400L));
    }

    @Test
    void eventLimitStopsTheRunWithAnActionableMessage() {
        DomainModel m = model().service("A", ROOMY, endpoint("a", new Exponential(ms(1)))).build();
        Scenario s = Scenario.builder("limit", 100, 4, open(100, "GET /a")).maxEvents(1000)
                .location(new SourceLocation("scenarios.yaml", 3, 5)).build();
        assertThatThrownBy(() -> run(m, s)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("scenarios.yaml:3:5: error: scenario 'limit': the simulation stopped after 1000"
                        + " events at simulated time ").hasMessageContaining("raise 'maxEvents'").hasMessageEndingWith("[limit]");
    }

    @Test
    void closedWorkloadKeepsEachUserToOneRequestAtATime() {
        DomainModel m = model().service("A", ROOMY, endpoint("a", new Constant(ms(100)))).build();
        WorkloadSettings w = new WorkloadSettings(new WorkloadSettings.Closed(10, new Constant(ms(900))), 10,
                List.of(new WorkloadSettings.MixEntry("GET /a", 1)));
        ScenarioResult r = run(m, Scenario.builder("closed", 100, 4, w).build());
        // each user's cycle is 900 ms thinking + 100 ms served: 10 users make 10 requests/s
        assertThat(r.requests().ok()).isBetween(990L, 1000L);
    }
}
