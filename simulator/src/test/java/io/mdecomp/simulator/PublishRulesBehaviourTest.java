package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.consumes;
import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.PublishRule;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.result.TopicResult;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Events published on a condition: B's {@code charge} fails 30% of its requests (an injected
 * fault) and publishes {@code Charged} on success, {@code Failed} only on failure and
 * {@code Sampled} on 10% of its successes; C consumes all three.
 */
class PublishRulesBehaviourTest {

    private static final Deployment ROOMY = new Deployment(1, 1000, 1000);

    private static ScenarioResult run() {
        Endpoint charge = new Endpoint("charge", HttpMethod.GET, "/charge", List.of(), List.of(),
                Optional.of(new Constant(ms(1))), List.of(), List.of("Charged", "Failed", "Sampled"), Optional.empty(),
                SourceLocation.UNKNOWN, new TreeMap<>(Map.of("Failed", new PublishRule(PublishRule.When.FAILURE, 1),
                "Sampled", new PublishRule(PublishRule.When.SUCCESS, 0.1))));
        DomainModel m = model()
                .service("A", ROOMY, endpoint("a", new Constant(ms(1)), sync("B", "charge")))
                .service("B", ROOMY, charge)
                .service("C", ROOMY, List.of(consumes("Charged", "c"), consumes("Failed", "c"), consumes("Sampled", "c")),
                        endpoint("c", new Constant(ms(1)))).build();
        Scenario s = Scenario.builder("events", 30, 9, open(100, "GET /a"))
                .faults(List.of(new Fault(0, 1000, new Fault.Fail("B", 0.3)))).build();
        return Simulator.run(m, s, RunOptions.DEFAULTS);
    }

    private static long published(ScenarioResult r, String event) {
        return r.topics().stream().filter(t -> t.event().equals(event)).mapToLong(TopicResult::published)
                .findFirst().orElseThrow();
    }

    @Test
    void eachEventIsPublishedOnItsOutcomeOnly() {
        ScenarioResult r = run();
        ServiceResult b = r.services().stream().filter(x -> x.name().equals("B")).findFirst().orElseThrow();
        assertThat(b.errors()).containsOnlyKeys(ErrorCause.INJECTED);
        assertThat(b.failed()).isPositive();
        assertThat(published(r, "Charged")).isEqualTo(b.ok());
        assertThat(published(r, "Failed")).as("only the failed payments").isEqualTo(b.failed());
        assertThat(published(r, "Sampled") / (double) b.ok()).isCloseTo(0.1, within(0.02));
    }
}
