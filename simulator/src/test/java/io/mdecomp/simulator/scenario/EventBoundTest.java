package io.mdecomp.simulator.scenario;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scenario whose arrivals alone certainly exceed its event limit is refused when read, at its
 * rate; one that only might exceed it is read, and runs into the run-time limit if it does.
 */
class EventBoundTest {

    private static final DomainModel MODEL = model()
            .service("OrderService", new Deployment(2, 8, 10), endpoint("orders", new Constant(ms(2)))).build();

    private static String scenario(String rate, String duration, String extra) {
        return """
                scenarios:
                  - name: flood
                    duration: %s
                %s    workload:
                      open: {rate: %s}
                      mix: [{route: GET /orders}]
                """.formatted(duration, extra, rate);
    }

    private static List<String> problems(String yaml) {
        try {
            ScenarioReader.parse("scenarios.yaml", yaml, MODEL);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected problems in:\n" + yaml);
    }

    @Test
    void anAbsurdRateIsRefusedAtItsRateWithWhatToChange() {
        assertThat(problems(scenario("1000000000/s", "60s", ""))).singleElement().asString()
                .startsWith("scenarios.yaml:5:20: error: scenario 'flood': the workload sends about 6.00e+10 requests"
                        + " in 1m, each at least one event, far more than 'maxEvents' (2000000000) allows")
                .contains("lower the rate or the 'duration', or raise 'maxEvents'").endsWith("[limit]");
    }

    @Test
    void theSameRateIsReadWhenMaxEventsLeavesRoomForItsRequests() {
        List<Scenario> read = ScenarioReader.parse("scenarios.yaml",
                scenario("1000000000/s", "60s", "    maxEvents: 100000000000\n"), MODEL);
        assertThat(read.get(0).timing().maxEvents()).isEqualTo(100_000_000_000L);
    }

    @Test
    void refusesOnlyWhenTheArrivalsExceedTheLimitByFiveStandardDeviations() {
        // 100/s for 100 s: 10,000 arrivals expected, standard deviation 100, so 9,500 is the line
        assertThat(problems(scenario("100/s", "100s", "    maxEvents: 9499\n"))).singleElement().asString()
                .contains("about 1.00e+04 requests").endsWith("[limit]");
        assertThat(ScenarioReader.parse("scenarios.yaml", scenario("100/s", "100s", "    maxEvents: 9500\n"), MODEL))
                .hasSize(1);
    }

    @Test
    void aRunThatOnlyMightExceedTheLimitIsReadAndStopsAtItWhenItDoes() {
        // 10,000 requests of two events or more each cannot fit in 12,000 events, but 10,000 arrivals can
        Scenario s = ScenarioReader.parse("scenarios.yaml", scenario("100/s", "100s", "    maxEvents: 12000\n"),
                MODEL).get(0);
        assertThatThrownBy(() -> Simulator.run(MODEL, s, RunOptions.DEFAULTS)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("scenarios.yaml:2:5: error: scenario 'flood': the simulation stopped after"
                        + " 12000 events").hasMessageEndingWith("[limit]");
    }

    @Test
    void theProfileCountsWithItsRampsAndStepsBeyondTheRunAreLeftOut() {
        // 100/s for 10 s, a ramp to 300/s over 10 s, 300/s until 30 s; the step at 40 s is after the end
        WorkloadSettings.Open open = new WorkloadSettings.Open(100, List.of(new WorkloadSettings.RateStep(10, 300, 10),
                new WorkloadSettings.RateStep(40, 1e9, 0)));
        assertThat(open.expectedArrivals(30)).isEqualTo(100 * 10 + 200 * 10 + 300 * 10);
        assertThat(open.expectedArrivals(15)).isEqualTo(100 * 10 + 150 * 5);
        assertThat(problems(scenario("10/s", "60s", "") .replace("open: {rate: 10/s}",
                "open: {rate: 10/s, profile: [{at: 30s, rate: 1000000000/s}]}"))).singleElement().asString()
                .contains("about 3.00e+10 requests").endsWith("[limit]");
    }

    @Test
    void aClosedWorkloadIsNeverRefused() {
        String yaml = """
                scenarios:
                  - name: users
                    duration: 100s
                    maxEvents: 10
                    workload: {closed: {users: 1000, thinkTime: 1ms}, mix: [{route: GET /orders}]}
                """;
        assertThat(ScenarioReader.parse("scenarios.yaml", yaml, MODEL)).hasSize(1);
    }
}
