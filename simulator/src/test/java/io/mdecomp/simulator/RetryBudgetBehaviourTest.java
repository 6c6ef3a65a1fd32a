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
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.RetryBudgetSettings;
import io.mdecomp.simulator.component.RetrySettings;
import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.scenario.ResiliencePolicy;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The retry budget is windowed as Finagle's: after a long healthy spell, an outage is retried
 * within the budget of about the last ten seconds, not with everything saved up since the start.
 * A calls B 100 times a second with three attempts and a 20% budget (10 retries per second
 * reserve); B fails every request from 100 s on.
 */
class RetryBudgetBehaviourTest {

    private static final Deployment ROOMY = new Deployment(1, 1000, 1000);
    private static final DomainModel MODEL = model()
            .service("A", ROOMY, endpoint("a", new Constant(ms(1)), sync("B", "b")))
            .service("B", ROOMY, endpoint("b", new Constant(ms(1)))).build();

    /** Calls A -> B counted from {@code from} to {@code to} seconds, B failing from 100 s. */
    private static CallResult outage(double from, double to) {
        RetrySettings retry = new RetrySettings(3, 0, 1, 0, Optional.of(RetryBudgetSettings.DEFAULTS),
                EnumSet.allOf(ErrorCause.class));
        Resilience resilience = new Resilience(OptionalDouble.empty(), Optional.of(retry), Optional.empty(),
                Optional.empty());
        Scenario s = Scenario.builder("outage", to, 7, open(100, "GET /a")).warmup(from)
                .resilience(ResiliencePolicy.of(Resilience.NONE, Map.of(new CallKey("A", "B"), resilience)))
                .faults(List.of(new Fault(100, 1000, new Fault.Fail("B", 1)))).build();
        return Simulator.run(MODEL, s, RunOptions.DEFAULTS).calls().stream()
                .filter(c -> c.call().callee().equals("B")).findFirst().orElseThrow();
    }

    @Test
    void theFirstSecondsOfAnOutageAfterALongHealthySpellGetOnlyTheRecentBudget() {
        CallResult first = outage(100, 110);
        double perCall = first.retries() / (double) first.calls();
        // at most 20% of the calls of [90 s, 110 s] plus 10/s over 10 s: (0.2 · 2000 + 100) / 1000 = 0.5;
        // a budget counted since t = 0 would have retried every call twice (2.0)
        assertThat(perCall).isBetween(0.2, 0.5);
    }

    @Test
    void aLongOutageIsRetriedAtTheShareOfTheCallsPlusTheReserve() {
        CallResult steady = outage(150, 250);
        // every call fails: the budget is always spent, so retries = 20% of calls + 10 per second
        assertThat(steady.retries() / (double) steady.calls()).isCloseTo(0.2 + 10 / 100.0, within(0.02));
        assertThat(steady.downstreamErrors()).containsOnlyKeys(ErrorCause.INJECTED);
    }
}
