package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.scenario.DeploymentOverride;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Instances of one service at different speeds: a constant 10 ms endpoint on a fast and a slow instance. */
class InstanceSpeedTest {

    private static final DomainModel TWO = model()
            .service("B", new Deployment(2, 100, 100), endpoint("b", new Constant(ms(10)))).build();

    private static RouteResult run(List<Double> speeds, OptionalInt instances) {
        Scenario s = Scenario.builder("speeds", 60, 3, open(20, "GET /b"))
                .deployment(Map.of("B", new DeploymentOverride(instances, OptionalInt.empty(), OptionalInt.empty(),
                        speeds))).build();
        return Simulator.run(TWO, s, RunOptions.DEFAULTS).routes().get(0);
    }

    @Test
    void aHalfSpeedInstanceTakesTwiceTheServiceTime() {
        RouteResult r = run(List.of(1.0, 0.5), OptionalInt.empty());
        assertThat(r.latencyMs().p50()).isCloseTo(10, within(0.02));
        assertThat(r.latencyMs().max()).isCloseTo(20, within(0.02));
        assertThat(r.latencyMs().mean()).as("about half the requests on each").isCloseTo(15, within(0.5));
    }

    @Test
    void withoutSpeedsEveryInstanceRunsAtOne() {
        RouteResult r = run(List.of(), OptionalInt.empty());
        assertThat(r.latencyMs().max()).isCloseTo(10, within(0.02));
    }

    @Test
    void aShorterListRepeats() {
        RouteResult r = run(List.of(2.0), OptionalInt.of(4));
        assertThat(r.latencyMs().max()).as("all four at twice the speed").isCloseTo(5, within(0.01));
    }
}
