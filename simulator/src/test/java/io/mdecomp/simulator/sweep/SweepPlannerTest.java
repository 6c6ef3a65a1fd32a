package io.mdecomp.simulator.sweep;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SweepPlannerTest {

    static final DomainModel MODEL = model()
            .service("Front", new Deployment(1, 4, 100), endpoint("front", new Exponential(ms(2)),
                    sync("Back", "back")))
            .service("Back", new Deployment(1, 4, 100), endpoint("back", new Exponential(ms(3))))
            .build();

    static final String FILE = """
            scenarios:
              - name: grid
                duration: 20s
                seed: 9
                workload:
                  open: {rate: 200/s}
                  mix: [{route: GET /front}]
                resilience:
                  calls:
                    Front -> Back: {timeout: 1s}
                slos:
                  - {route: GET /front, p99: 50ms, errorRate: 1%}
                sweep:
                  replications: 2
                  parameters:
                    - {path: workload.open.rate, values: [100/s, 300/s]}
                    - {path: "resilience.calls.Front -> Back.retry", values: [{maxAttempts: 1}, {maxAttempts: 3, wait: 5ms}]}
                    - {path: deployment.Back.instances, range: {from: 1, to: 3, step: 1}}
              - name: plain
                duration: 5s
                workload:
                  open: {rate: 50/s}
                  mix: [{route: GET /front}]
            """;

    static SweepPlan plan(String text, SweepPlanner.Options options) {
        return SweepPlanner.plan(YamlLoader.parse("s.yaml", text), MODEL, options);
    }

    static SweepPlanner.Options options() {
        return new SweepPlanner.Options(List.of(), OptionalInt.empty(), OptionalLong.empty(), 0.95, "test");
    }

    static List<String> problems(String text) {
        try {
            plan(text, options());
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void expandsEveryCombinationWithTheLastParameterFastest() {
        SweepPlan plan = plan(FILE, options());
        ScenarioSweep grid = plan.header().scenarios().get(0);
        assertThat(grid.points()).isEqualTo(12);
        assertThat(grid.runs()).isEqualTo(24);
        assertThat(plan.header().scenarios().get(1).points()).isEqualTo(1);
        assertThat(plan.header().runs()).isEqualTo(25);
        assertThat(grid.values(0)).containsExactly("100/s", "{maxAttempts: 1}", "1");
        assertThat(grid.values(5)).containsExactly("100/s", "{maxAttempts: 3, wait: 5ms}", "3");
        assertThat(grid.values(11)).containsExactly("300/s", "{maxAttempts: 3, wait: 5ms}", "3");

        Scenario last = plan.scenario(0, 11);
        assertThat(((io.mdecomp.simulator.component.WorkloadSettings.Open) last.workload().load()).rate()).isEqualTo(300.0);
        assertThat(last.deployment().get("Back").instances()).hasValue(3);
        var front = last.resilience().calls().get(new CallKey("Front", "Back"));
        assertThat(front.retry().orElseThrow().maxAttempts()).isEqualTo(3);
        assertThat(front.timeoutSeconds()).hasValue(1.0);
        assertThat(plan.scenario(0, 0).resilience().calls().get(new CallKey("Front", "Back")).retry()
                .orElseThrow().maxAttempts()).isEqualTo(1);
    }

    @Test
    void seedsDependOnScenarioSeedPointAndReplicationOnly() {
        SweepPlan plan = plan(FILE, options());
        long r0 = plan.seed(new SweepHeader.RunKey(0, 3, 0));
        long r1 = plan.seed(new SweepHeader.RunKey(0, 3, 1));
        assertThat(r0).isEqualTo(9);
        assertThat(r1).isEqualTo(io.mdecomp.simulator.Simulator.replicationSeed(9, 1));
        assertThat(plan.seed(new SweepHeader.RunKey(0, 7, 1))).as("common random numbers").isEqualTo(r1);
        assertThat(SweepPlan.seed(9, 3, 1, RandomNumbers.INDEPENDENT))
                .isNotEqualTo(SweepPlan.seed(9, 4, 1, RandomNumbers.INDEPENDENT))
                .isNotEqualTo(r1);
        SweepPlan seeded = plan(FILE, new SweepPlanner.Options(List.of("grid"), OptionalInt.of(1),
                OptionalLong.of(77), 0.95, "test"));
        assertThat(seeded.header().runs()).isEqualTo(12);
        assertThat(seeded.seed(new SweepHeader.RunKey(0, 5, 0))).isEqualTo(77);
    }

    @Test
    void runIndexesRoundTrip() {
        SweepHeader header = plan(FILE, options()).header();
        for (long run = 0; run < header.runs(); run++) {
            assertThat(header.index(header.run(run))).isEqualTo(run);
        }
        assertThat(header.run(24)).isEqualTo(new SweepHeader.RunKey(1, 0, 0));
    }

    @Test
    void aValueTheScenarioRefusesIsReportedWhereTheSweepGivesIt() {
        String text = FILE.replace("values: [100/s, 300/s]", "values: [100/s, fast]");
        assertThat(problems(text)).singleElement().asString()
                .startsWith("s.yaml:16:54: error: ").contains("'rate'");
    }

    @Test
    void badSweepsAreLocated() {
        assertThat(problems(FILE.replace("path: workload.open.rate,", "path: workload..rate,")))
                .singleElement().asString().startsWith("s.yaml:16:18:").contains("empty key");
        assertThat(problems(FILE.replace("path: workload.open.rate,", "path: \"faults[2].at\",")))
                .singleElement().asString().contains("not a list");
        assertThat(problems(FILE.replace("range: {from: 1, to: 3, step: 1}", "range: {from: 1, to: 3s, step: 1}")))
                .singleElement().asString().contains("in one unit");
        assertThat(problems(FILE.replace("replications: 2", "replication: 2")))
                .singleElement().asString().contains("replication");
        assertThat(problems(FILE.replace("path: workload.open.rate,", "path: name,")))
                .singleElement().asString().contains("cannot change the scenario's 'name'");
        assertThat(problems(FILE.replace("values: [100/s, 300/s]", "values: [100/s, 100/s]")))
                .singleElement().asString().contains("takes a value twice");
        assertThat(problems(FILE.replace("range: {from: 1, to: 3, step: 1}", "range: {from: 1, to: 3, step: 0}")))
                .singleElement().asString().contains("'step' must be above zero");
    }

    @Test
    void rangesTakeNumbersWithAnExponent() {
        assertThat(problems(FILE.replace("range: {from: 1, to: 3, step: 1}", "range: {from: 1, to: 1e300, step: 1}")))
                .singleElement().asString().contains("the range has 1.00E+300 values; at most");
        assertThat(plan(FILE.replace("range: {from: 1, to: 3, step: 1}", "range: {from: 1, to: 3e0, step: 1e0}"),
                options()).header()).isEqualTo(plan(FILE, options()).header());
    }

    @Test
    void aNewKeyIsCreatedAndAZeroInstanceCountIsRefusedAtTheRange() {
        String text = FILE.replace("range: {from: 1, to: 3, step: 1}", "range: {from: 0, to: 2, step: 1}");
        assertThat(problems(text)).singleElement().asString().startsWith("s.yaml:18:52:")
                .contains("'instances'");
    }

    @Test
    void anUnknownScenarioIsRefused() {
        assertThatThrownBy(() -> plan(FILE, new SweepPlanner.Options(List.of("nope"), OptionalInt.empty(),
                OptionalLong.empty(), 0.95, "t"))).isInstanceOf(IllegalArgumentException.class);
    }
}
