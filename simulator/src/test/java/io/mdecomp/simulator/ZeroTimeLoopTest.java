package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.consumes;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.component.WorkloadSettings;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An endpoint that consumes the event it publishes makes every message publish the next. With a
 * service time that chain is work spread over time; without one it never lets the clock move on,
 * and the run must stop with a located limit error (exit 2) rather than spin out of memory.
 */
class ZeroTimeLoopTest {

    private static final Deployment DEPLOYMENT = new Deployment(1, 10, 100);

    private static DomainModel republishing(double serviceMillis) {
        return model().service("A", DEPLOYMENT, List.of(consumes("Happened", "a")),
                TestModels.publishing("a", new Constant(ms(serviceMillis)), "Happened")).build();
    }

    private static Scenario scenario() {
        return Scenario.builder("loop", 3, 1, open(100, "GET /a")).build();
    }

    @Test
    void aLoopOfEventsThatTakesNoTimeStopsWithALimitErrorNamingTheCause() {
        assertThatThrownBy(() -> Simulator.run(republishing(0), scenario(), RunOptions.DEFAULTS))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("scenario 'loop': the simulation did more than 100,000,000 events and hand-offs")
                .hasMessageContaining("a loop of calls or events that takes no time");
    }

    @Test
    void theSameLoopWithAServiceTimeIsSimulated() {
        ScenarioResult r = Simulator.run(republishing(1), scenario(), RunOptions.DEFAULTS);

        assertThat(r.requests().failed()).isZero();
        assertThat(r.topics()).hasSize(1);
    }

    @Test
    void aMillionUsersStartingAtOnceAreNotMistakenForALoop() {
        DomainModel one = model().service("A", new Deployment(1, 100_000, 1_000_000),
                TestModels.endpoint("a", new Constant(ms(1)))).build();
        WorkloadSettings users = new WorkloadSettings(new WorkloadSettings.Closed(1_000_000, new Constant(ms(0))), 1,
                List.of(new WorkloadSettings.MixEntry("GET /a", 1)));

        ScenarioResult r = Simulator.run(one, Scenario.builder("crowd", 0.01, 1, users).build(), RunOptions.DEFAULTS);

        assertThat(r.requests().total()).isGreaterThanOrEqualTo(1_000_000);
    }
}
