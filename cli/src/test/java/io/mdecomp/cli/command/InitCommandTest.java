package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.config.CliEnvironment;
import io.mdecomp.cli.config.SettingsLoader;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAValidModelScenarioFileAndSettings() {
        Path target = dir.resolve("starter");
        CliRun run = CliRun.run("init", target.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("wrote " + target.resolve("model.yaml"), "wrote " + target.resolve("mdecomp.yaml"));
        DomainModel model = ModelReader.read(target.resolve("model.yaml"));
        assertThat(model.services()).hasSize(2);
        assertThat(ScenarioReader.read(target.resolve("scenarios.yaml"), model)).hasSize(1);
        SettingsLoader.load(target.resolve("model.yaml"), Optional.empty(), Map.of());
        assertThat(CliRun.run("validate", target.resolve("model.yaml").toString()).code()).isZero();
    }

    @Test
    void suggestsTheNextCommandAsTheUserStartedMdecomp() {
        CliRun plain = CliRun.run("init", dir.resolve("a").toString());
        assertThat(plain.out()).endsWith("Next: mdecomp validate " + dir.resolve("a/model.yaml") + "\n");
        CliRun launcher = CliRun.run(CliEnvironment.of(Map.of("MDECOMP_PROGRAM", "./mdecomp")), "init",
                dir.resolve("b").toString());
        assertThat(launcher.err()).isEmpty();
        assertThat(launcher.out()).endsWith("Next: ./mdecomp validate " + dir.resolve("b/model.yaml") + "\n");
    }

    @Test
    void theStarterModelGeneratesSkeletons() {
        Path target = dir.resolve("starter");
        CliRun.run("init", target.toString());
        CliRun run = CliRun.run("generate", "skeletons", target.resolve("model.yaml").toString(), "--out",
                dir.resolve("out").toString(), "--template", "java-plain");
        assertThat(run.code()).isZero();
        assertThat(dir.resolve("out/catalog-service/openapi.yaml")).exists();
    }

    @Test
    void refusesToOverwriteExistingFilesAndWritesNothing() throws IOException {
        Files.writeString(dir.resolve("scenarios.yaml"), "mine");
        CliRun run = CliRun.run("init", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("scenarios.yaml: error: already exists; nothing was written (move it away or pass --force) [init]");
        assertThat(dir.resolve("model.yaml")).doesNotExist();
        assertThat(dir.resolve("scenarios.yaml")).hasContent("mine");
        assertThat(CliRun.run("init", dir.toString(), "--force").code()).isZero();
        assertThat(dir.resolve("scenarios.yaml")).content().startsWith("# Load and fault scenarios");
    }
}
