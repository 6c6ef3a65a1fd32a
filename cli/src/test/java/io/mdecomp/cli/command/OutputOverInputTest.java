package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output named like an input, or like another output, is a usage error, and nothing is written. */
class OutputOverInputTest {

    @TempDir
    Path dir;

    private Path copy(String sample) throws IOException {
        Path source = Path.of("..", "samples", "ecommerce", sample);
        return Files.copy(source, dir.resolve(sample));
    }

    private static void refused(CliRun run, String message) {
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message);
    }

    @Test
    void refusesReportsOverTheModelOrTheScenarios() throws IOException {
        Path model = copy("model.yaml");
        Path scenarios = copy("scenarios.yaml");
        String original = Files.readString(model);
        refused(CliRun.run("analyze", model.toString(), "-o", model.toString()),
                "-o " + model + " is the input MODEL and would be overwritten; write to another file");
        refused(CliRun.run("diff", CliRun.SAMPLE, model.toString(), "-o", model.toString()),
                "is the input HEAD_MODEL and would be overwritten");
        refused(CliRun.run("check", model.toString(), "--baseline", model.toString(), "--update-baseline"),
                "--baseline " + model + " is the input MODEL and would be overwritten");
        refused(CliRun.run("simulate", "scenarios", model.toString(), scenarios.toString(), "--scenario",
                "steady-state", "--traces", scenarios.toString()), "--traces " + scenarios + " is the input SCENARIOS");
        assertThat(model).hasContent(original);
        assertThat(scenarios).hasSameTextualContentAs(Path.of("..", "samples", "ecommerce", "scenarios.yaml"));
    }

    @Test
    void refusesTwoOutputsOnOneFile() {
        Path same = dir.resolve("out.txt");
        refused(CliRun.run("check", CliRun.SAMPLE, "--baseline", same.toString(), "--update-baseline", "-o",
                same.toString()), "-o and --baseline name the same file (" + same + "); give each its own");
        refused(CliRun.run("propose", CliRun.SAMPLE, "-o", same.toString(), "--components-out", same.toString()),
                "-o and --components-out name the same file");
        assertThat(same).doesNotExist();
    }
}
