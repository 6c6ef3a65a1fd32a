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
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deployment's {@code speeds}: the instances' speed factors, read and checked with located errors. */
class SpeedsReaderTest {

    private static final DomainModel MODEL = model()
            .service("B", new Deployment(3, 8, 10), endpoint("b", new Constant(ms(5)))).build();

    private static Scenario parse(String deployment) {
        return ScenarioReader.parse("scenarios.yaml", """
                scenarios:
                  - name: s
                    duration: 10s
                    workload: {open: {rate: 10/s}, mix: [{route: GET /b}]}
                    deployment: %s
                """.formatted(deployment), MODEL).get(0);
    }

    private static List<String> problems(String deployment) {
        try {
            parse(deployment);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected problems in " + deployment);
    }

    @Test
    void readsTheSpeedFactorsInInstanceOrder() {
        DeploymentOverride b = parse("{B: {speeds: [1, 1, 0.5]}}").deployment().get("B");
        assertThat(b.speeds()).containsExactly(1.0, 1.0, 0.5);
        assertThat(b.speed(2)).isEqualTo(0.5);
        assertThat(b.instances()).isEmpty();
    }

    @Test
    void aShorterListRepeats() {
        DeploymentOverride b = parse("{B: {instances: 4, speeds: [1, 0.5]}}").deployment().get("B");
        assertThat(List.of(b.speed(0), b.speed(1), b.speed(2), b.speed(3))).containsExactly(1.0, 0.5, 1.0, 0.5);
    }

    @Test
    void badSpeedsAreLocatedErrors() {
        assertThat(problems("{B: {speeds: [1, 0]}}")).containsExactly(
                "scenarios.yaml:5:34: error: a speed factor must lie in [0.001, 1000], got 0 [value]");
        assertThat(problems("{B: {instances: 2, speeds: [1, 1, 0.5]}}")).containsExactly(
                "scenarios.yaml:5:44: error: 3 speed factors for 2 instances: give one per instance, or fewer to"
                        + " repeat them [value]");
        assertThat(problems("{B: {speeds: 0.5}}")).hasSize(1).first().asString().contains("a list of speed factors");
    }

    @Test
    void aSpeedOutsideItsBoundsIsRefusedInCodeToo() {
        assertThatThrownBy(() -> new DeploymentOverride(java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), List.of(0.0))).isInstanceOf(IllegalArgumentException.class);
    }
}
