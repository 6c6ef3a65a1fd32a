package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A loop of calls that requests leave only by chance is legal, and a request may go round it
 * thousands of times. Answers over zero-latency hops and requests at zero service time are passed
 * on inline; past a depth they must go through the event queue, or the run overflows the stack.
 */
class DeepCallChainTest {

    /** Room for every nested call: the loop's depth is bounded by capacity, not by the stack. */
    private static final Deployment ROOMY = new Deployment(1, 100_000, 0);

    /** A calls itself with probability 0.9999: 10,000 nested calls per request on average. */
    private static DomainModel selfCalling(double serviceMillis) {
        return model().service("A", ROOMY, endpoint("a", new Constant(ms(serviceMillis)), sync("A", "a", 0.9999)))
                .build();
    }

    private static ScenarioResult run(DomainModel model) {
        Scenario s = Scenario.builder("deep", 60, 1, open(0.2, "GET /a")).build();
        return Simulator.run(model, s, RunOptions.DEFAULTS);
    }

    @Test
    void answersComingBackUpThousandsOfNestedCallsDoNotOverflowTheStack() {
        ScenarioResult r = run(selfCalling(0.001));

        assertThat(r.requests().total()).isPositive();
        assertThat(r.requests().failed()).isZero();
        assertThat(r.services().get(0).calls()).as("nested calls").isGreaterThan(10 * r.requests().total());
    }

    @Test
    void requestsGoingDownThousandsOfNestedCallsAtZeroServiceTimeDoNotOverflowTheStack() {
        ScenarioResult r = run(selfCalling(0));

        assertThat(r.requests().total()).isPositive();
        assertThat(r.requests().ok()).isEqualTo(r.requests().total());
        assertThat(r.services().get(0).calls()).as("nested calls").isGreaterThan(10 * r.requests().total());
    }
}
