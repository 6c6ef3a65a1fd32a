package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code propose MODEL --simulate SCENARIOS}: the proposal compared with the model it came from. */
class ProposeSimulateCommandTest {

    private static final String MODEL = "../samples/ecommerce/model.yaml";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private String scenarios() throws IOException {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: short
                    duration: 6s
                    seed: 5
                    workload:
                      open: {rate: 200/s}
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    slos: [{route: POST /orders, p99: 5s}]
                """);
        return file.toString();
    }

    @Test
    void comparesTheProposalWithTheModelAfterTheReport() throws IOException {
        Path proposed = dir.resolve("proposed.yaml");
        int code = run("propose", MODEL, "-o", proposed.toString(), "--simulate", scenarios(), "--replications", "2");
        assertThat(code).as(err.toString()).isIn(0, 1);
        assertThat(proposed).exists();
        String report = out.toString();
        int compare = report.indexOf("Compare " + MODEL + " (base) with " + proposed + " (head): 2 paired replications");
        assertThat(compare).as(report).isPositive();
        assertThat(report.substring(compare)).contains("Scenario short (seed 5): ")
                .containsPattern("POST /orders +p99 latency ")
                .contains("POST /orders p99 <= 5000ms");
        assertThat(code == 1).isEqualTo(report.contains("REGRESSED"));
    }

    @Test
    void withoutMinusOTheComparisonGoesToStandardErrorWithTheReport() throws IOException {
        assertThat(run("propose", MODEL, "--simulate", scenarios(), "--replications", "2")).isIn(0, 1);
        assertThat(out.toString()).startsWith("# proposed by mdecomp propose").doesNotContain("Compare ");
        assertThat(err.toString()).contains("Compare " + MODEL + " (base) with the proposal (head)");
    }

    @Test
    void oneReplicationIsRefusedBeforeProposing() throws IOException {
        Path proposed = dir.resolve("proposed.yaml");
        assertThat(run("propose", MODEL, "-o", proposed.toString(), "--simulate", scenarios(), "--replications", "1"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--replications must lie in [2, 10000]");
        assertThat(proposed).doesNotExist();
    }

    @Test
    void replicationsWithoutSimulateAreRefused() {
        Path proposed = dir.resolve("proposed.yaml");
        assertThat(run("propose", MODEL, "-o", proposed.toString(), "--replications", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--replications must lie in [2, 10000]");
        err.getBuffer().setLength(0);
        assertThat(run("propose", MODEL, "-o", proposed.toString(), "--replications", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("--replications counts the runs of --simulate");
        assertThat(proposed).doesNotExist();
    }
}
