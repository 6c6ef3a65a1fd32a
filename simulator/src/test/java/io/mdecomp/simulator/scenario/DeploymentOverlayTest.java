package io.mdecomp.simulator.scenario;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.yaml.YamlLoader;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Deployment overlays: written, read back equal, laid over scenarios key by key, bad files located. */
class DeploymentOverlayTest {

    private static DomainModel twoServices() {
        return model().service("A", new Deployment(2, 4, 10), endpoint("a", new Exponential(ms(1))))
                .service("B", new Deployment(1, 8, 20), endpoint("b", new Exponential(ms(1)))).build();
    }

    private static DeploymentOverride override(int instances, OptionalInt workers, OptionalInt queue) {
        return new DeploymentOverride(OptionalInt.of(instances), workers, queue);
    }

    @Test
    void writtenOverlayReadsBackEqual() {
        Map<String, DeploymentOverride> services = new TreeMap<>();
        services.put("B", override(3, OptionalInt.of(5), OptionalInt.empty()));
        services.put("A", override(1, OptionalInt.empty(), OptionalInt.of(7)));
        DeploymentOverlay overlay = new DeploymentOverlay(new TreeMap<>(services));
        String yaml = overlay.yaml("made by a test\n\nsecond line");
        assertThat(yaml).isEqualTo("""
                # made by a test
                #
                # second line
                deployment:
                  A: {instances: 1, queue: 7}
                  B: {instances: 3, workers: 5}
                """);
        assertThat(DeploymentOverlay.read(YamlLoader.parse("o.yaml", yaml), twoServices())).isEqualTo(overlay);
        assertThat(new DeploymentOverlay(new TreeMap<>()).yaml("")).isEqualTo("deployment: {}\n");
    }

    @Test
    void overlayWinsKeyByKeyOverTheScenario() {
        Scenario scenario = Scenario.builder("s", 10, 1, open(10, "GET /a"))
                .deployment(Map.of("A", new DeploymentOverride(OptionalInt.of(5), OptionalInt.of(6), OptionalInt.of(9))))
                .build();
        DeploymentOverlay overlay = new DeploymentOverlay(new TreeMap<>(Map.of(
                "A", override(2, OptionalInt.empty(), OptionalInt.empty()),
                "B", override(4, OptionalInt.of(3), OptionalInt.empty()))));
        Map<String, DeploymentOverride> applied = overlay.applyTo(scenario).deployment();
        assertThat(applied.get("A")).isEqualTo(new DeploymentOverride(OptionalInt.of(2), OptionalInt.of(6),
                OptionalInt.of(9)));
        assertThat(applied.get("B")).isEqualTo(override(4, OptionalInt.of(3), OptionalInt.empty()));
    }

    @Test
    void badOverlaysAreLocated() {
        assertThatThrownBy(() -> DeploymentOverlay.read(YamlLoader.parse("o.yaml", """
                deployment:
                  C: {instances: 2}
                  A: {instances: 0, cores: 3}
                """), twoServices())).isInstanceOf(InputException.class)
                .hasMessageContaining("o.yaml:2:3: error: unknown service 'C' (known: A, B)")
                .hasMessageContaining("o.yaml:3:")
                .hasMessageContaining("cores");
        assertThatThrownBy(() -> DeploymentOverlay.read(YamlLoader.parse("o.yaml", "instances: 3\n"), twoServices()))
                .isInstanceOf(InputException.class).hasMessageContaining("o.yaml:1:1: error:");
    }
}
