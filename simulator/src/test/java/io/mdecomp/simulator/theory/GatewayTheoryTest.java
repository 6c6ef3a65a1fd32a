package io.mdecomp.simulator.theory;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.GatewaySettings;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.Optional;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The gateway with workers is a queueing station whose service time is its middleware latency
 * when the endpoint behind it takes no time: with Poisson arrivals it is M/M/c (exponential
 * latency), M/D/1 (constant latency) or M/M/c/K (a bounded queue). Each metric is the mean over 8
 * replications of 100 simulated seconds (the first 10 s discarded); the closed form must lie within
 * 3 standard errors. The mean latency is 10 ms.
 */
class GatewayTheoryTest {

    private static final int REPLICATIONS = 8;
    private static final DomainModel MODEL = model().service("S", new Deployment(1, 1000, 0),
            endpoint("e", null)).build();

    private static ScenarioResult run(Distribution latency, int workers, int queue, double rate, long seed) {
        GatewaySettings gateway = new GatewaySettings(Optional.of(latency), 0, 0, OptionalDouble.empty(),
                OptionalDouble.empty(), 1).withWorkers(workers, queue);
        Scenario scenario = Scenario.builder("gateway", 100, seed, open(rate, "GET /e")).warmup(10)
                .gateway(gateway).build();
        return Simulator.run(MODEL, scenario, RunOptions.DEFAULTS);
    }

    @Test
    void exponentialMiddlewareOnFourWorkersIsMmcWithErlangCWaiting() {
        // c = 4, λ = 320/s, μ = 100/s, a = 3.2: W = C(4, 3.2) / (cμ − λ) + 1/μ = 17.455 ms
        double expected = (Queueing.erlangC(4, 3.2) / (400 - 320) + 0.010) * 1000;
        assertThat(expected).isCloseTo(17.455, Offset.offset(0.01));
        Replicated w = Replicated.of(REPLICATIONS, seed -> run(new Exponential(ms(10)), 4, 1_000_000, 320, seed)
                .routes().get(0).latencyMs().mean());
        assertThat(w.agreesWith(expected)).as("M/M/4 W %s vs %s", w, expected).isTrue();
        Replicated u = Replicated.of(REPLICATIONS, seed -> run(new Exponential(ms(10)), 4, 1_000_000, 320, seed)
                .gateway().orElseThrow().utilization());
        assertThat(u.agreesWith(0.8)).as("utilization %s vs 0.8", u).isTrue();
    }

    @Test
    void constantMiddlewareOnOneWorkerIsMd1() {
        // λ = 80/s, D = 10 ms, ρ = 0.8: Wq = ρ D / (2 (1 − ρ)) = 20 ms, W = 30 ms; Lq = λ Wq = 1.6
        Replicated w = Replicated.of(REPLICATIONS, seed -> run(new Constant(ms(10)), 1, 1_000_000, 80, seed)
                .routes().get(0).latencyMs().mean());
        assertThat(w.agreesWith(30.0)).as("M/D/1 W %s vs 30 ms", w).isTrue();
        Replicated lq = Replicated.of(REPLICATIONS, seed -> run(new Constant(ms(10)), 1, 1_000_000, 80, seed)
                .gateway().orElseThrow().meanQueueLength());
        assertThat(lq.agreesWith(1.6)).as("M/D/1 Lq %s vs 1.6", lq).isTrue();
    }

    @Test
    void aFullGatewayRejectsTheMmckBlockingShare() {
        // c = 2, queue 3 (K = 5), a = 160/s × 10 ms = 1.6: P(block) = 0.65536 / 6.37856 = 0.10274
        double expected = Queueing.mmckBlocking(2, 5, 1.6);
        Replicated share = Replicated.of(REPLICATIONS, seed -> {
            ScenarioResult r = run(new Exponential(ms(10)), 2, 3, 160, seed);
            assertThat(r.routes().get(0).errors()).containsOnlyKeys(ErrorCause.REJECTED);
            assertThat(r.gateway().orElseThrow().rejected()).isEqualTo(r.requests().failed());
            return r.requests().failed() / (double) r.requests().total();
        });
        assertThat(share.agreesWith(expected)).as("M/M/2/5 blocking %s vs %s", share, expected).isTrue();
    }

    @Test
    void aWorkerIsHeldForTheWholeDownstreamRequest() {
        // thread per request: 1 worker, no middleware, a 10 ms endpoint behind it at 80/s is M/D/1 at the
        // gateway too (W = 30 ms), and the gateway is busy 80% of the time
        DomainModel slow = model().service("S", new Deployment(1, 1000, 0), endpoint("e", new Constant(ms(10))))
                .build();
        Replicated w = Replicated.of(REPLICATIONS, seed -> Simulator.run(slow, Scenario.builder("held", 100, seed,
                open(80, "GET /e")).warmup(10).gateway(GatewaySettings.NONE.withWorkers(1, 1_000_000)).build(),
                RunOptions.DEFAULTS).routes().get(0).latencyMs().mean());
        assertThat(w.agreesWith(30.0)).as("W %s vs 30 ms", w).isTrue();
    }

    @Test
    void aLongQueueAnsweredAtOnceDrainsWithoutDeepRecursion() {
        // one worker held 1 s by the only request the route's bucket (0.1/s, one token) lets through;
        // the ~40,000 requests queued behind it are all rate-limited the instant the worker frees
        DomainModel slow = model().service("S", new Deployment(1, 1000, 0), endpoint("e", new Constant(ms(1000))))
                .build();
        GatewaySettings gateway = new GatewaySettings(Optional.empty(), 0, 0, OptionalDouble.of(0.1),
                OptionalDouble.empty(), 1).withWorkers(1, 1_000_000);
        ScenarioResult r = Simulator.run(slow, Scenario.builder("drain", 3, 1, open(20_000, "GET /e")).gateway(gateway).build(),
                RunOptions.DEFAULTS);
        assertThat(r.requests().ok()).isEqualTo(1);
        assertThat(r.routes().get(0).errors().get(ErrorCause.RATE_LIMITED)).isGreaterThan(35_000);
        assertThat(r.gateway().orElseThrow().rejected()).isZero();
    }

    @Test
    void withoutWorkersTheGatewayReportsNoPool() {
        ScenarioResult r = Simulator.run(MODEL, Scenario.builder("plain", 2, 1, open(10, "GET /e")).build(), RunOptions.DEFAULTS);
        assertThat(r.gateway()).isEmpty();
    }
}
