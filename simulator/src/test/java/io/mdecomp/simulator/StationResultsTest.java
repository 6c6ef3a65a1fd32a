package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-station results: Little's law L = λW holds at every service (time-averaged number in system
 * against arrival rate times mean sojourn time), and failed requests have a latency of their own.
 */
class StationResultsTest {

    /**
     * A → B → C with exponential service times, two instances of two workers each and a queue:
     * A's sojourn includes its waits for B (and B's for C), so the law is checked at every depth.
     */
    @Test
    void littlesLawHoldsAtEveryService() {
        Deployment small = new Deployment(2, 2, 100);
        DomainModel m = model()
                .service("A", small, endpoint("a", new Exponential(ms(1)), sync("B", "b")))
                .service("B", small, endpoint("b", new Exponential(ms(2)), sync("C", "c", 0.5)))
                .service("C", small, endpoint("c", new Exponential(ms(4)))).build();
        Scenario s = Scenario.builder("little", 120, 11, open(300, "GET /a")).warmup(10).build();
        ScenarioResult r = Simulator.run(m, s, RunOptions.DEFAULTS);
        assertThat(r.services()).hasSize(3);
        for (ServiceResult service : r.services()) {
            double lambdaW = service.arrivalRate() * service.meanSojournMs() / 1000;
            assertThat(service.meanInSystem()).as(service.name() + ": L = λW")
                    .isCloseTo(lambdaW, within(0.02 * lambdaW));
            assertThat(service.meanInSystem()).as("more than the queue alone")
                    .isGreaterThan(service.meanQueueLength());
        }
        ServiceResult c = r.services().get(2);
        assertThat(c.arrivalRate()).as("half of B's calls").isCloseTo(150, within(5.0));
        // C: an M/M/4 at ρ = 0.15 barely queues, so its sojourn is its 4 ms service time
        assertThat(c.meanSojournMs()).isCloseTo(4, within(0.2));
    }

    /**
     * B fails 30% of its requests after its 10 ms of work, before its call to C: the failures take
     * 5 + 10 ms, the successes 5 + 10 + 20 ms, and each has its own latency.
     */
    @Test
    void failedRequestsHaveTheirOwnLatency() {
        Deployment roomy = new Deployment(1, 1000, 1000);
        DomainModel m = model()
                .service("A", roomy, endpoint("a", new Constant(ms(5)), sync("B", "b")))
                .service("B", roomy, endpoint("b", new Constant(ms(10)), sync("C", "c")))
                .service("C", roomy, endpoint("c", new Constant(ms(20)))).build();
        Scenario s = Scenario.builder("failing", 20, 3, open(100, "GET /a"))
                .faults(List.of(new Fault(0, 1000, new Fault.Fail("B", 0.3)))).build();
        RouteResult route = Simulator.run(m, s, RunOptions.DEFAULTS).routes().get(0);
        assertThat(route.failed()).isPositive();
        assertThat(route.latencyMs().mean()).isCloseTo(35, within(1e-6));
        assertThat(route.failedLatencyMs().mean()).isCloseTo(15, within(1e-6));
        assertThat(route.failedLatencyMs().max()).isCloseTo(15, within(0.02));
    }
}
