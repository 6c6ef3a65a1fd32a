package io.mdecomp.simulator.theory;

import static io.mdecomp.simulator.TestModels.async;
import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.TestModels;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.WorkloadSettings;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.ResiliencePolicy;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Networks of queues against Jackson's product form, and a bulkhead against Erlang B. */
class NetworkTheoryTest {

    private static final Deployment SINGLE = new Deployment(1, 1, 1_000_000);

    /**
     * External Poisson arrivals: 400/s at A, 160/s at C. A's departures go on to B with
     * probability 0.6, B's to C with 0.5 (fire-and-forget calls). Traffic equations:
     * λA = 400, λB = 240, λC = 160 + 120 = 280; with mean service 2, 2.5 and 2.5 ms the
     * utilizations are 0.8, 0.6, 0.7 and Jackson's theorem gives each queue the M/M/1 mean queue
     * length Lq = ρ² / (1 − ρ): 3.2, 0.9 and 1.6333.
     */
    @Test
    void openJacksonNetworkQueuesMatchTheProductForm() {
        DomainModel m = model()
                .service("A", SINGLE, endpoint("a", new Exponential(ms(2)), async("B", "b", 0.6)))
                .service("B", SINGLE, endpoint("b", new Exponential(ms(2.5)), async("C", "c", 0.5)))
                .service("C", SINGLE, endpoint("c", new Exponential(ms(2.5))))
                .build();
        WorkloadSettings w = new WorkloadSettings(new WorkloadSettings.Open(560, List.of()), 1,
                List.of(new WorkloadSettings.MixEntry("GET /a", 400), new WorkloadSettings.MixEntry("GET /c", 160)));
        double[] rho = {0.8, 0.6, 0.7};
        for (int node = 0; node < 3; node++) {
            int n = node;
            Replicated lq = Replicated.of(8, seed -> Simulator.run(m,
                    Scenario.builder("jackson", 100, seed, w).warmup(10).build(), RunOptions.DEFAULTS)
                    .services().get(n).meanQueueLength());
            double expected = rho[n] * rho[n] / (1 - rho[n]);
            assertThat(lq.agreesWith(expected)).as("node %d Lq %s vs %s", n, lq, expected).isTrue();
            Replicated utilization = Replicated.of(8, seed -> Simulator.run(m,
                    Scenario.builder("jackson", 100, seed, w).warmup(10).build(), RunOptions.DEFAULTS)
                    .services().get(n).utilization());
            assertThat(utilization.agreesWith(rho[n])).as("node %d ρ %s", n, utilization).isTrue();
        }
    }

    /** A bulkhead of 3 in front of a roomy service loses B(3, 2) = 4/19 of the calls at a = 2. */
    @Test
    void bulkheadWithoutWaitingLosesTheErlangBShare() {
        DomainModel m = model().service("S", new Deployment(1, 100, 0), endpoint("s", new Exponential(ms(1))))
                .build();
        Resilience bulkhead = new Resilience(OptionalDouble.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.of(3));
        Replicated loss = Replicated.of(8, seed -> {
            ScenarioResult r = Simulator.run(m, Scenario.builder("bulkhead", 100, seed, TestModels.open(2000, "GET /s"))
                    .warmup(10).resilience(ResiliencePolicy.of(Resilience.NONE, Map.of(new CallKey("gateway", "S"), bulkhead))).build(),
                    RunOptions.DEFAULTS);
            return r.requests().failed() / (double) r.requests().total();
        });
        assertThat(loss.agreesWith(Queueing.erlangB(3, 2))).as("loss %s vs %s", loss, 4.0 / 19).isTrue();
    }
}
