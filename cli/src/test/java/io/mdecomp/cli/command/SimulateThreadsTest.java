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

/** {@code simulate scenarios --replications R --threads N}: the same output, byte for byte, whatever N. */
class SimulateThreadsTest {

    private static final String MODEL = Path.of("../samples/ecommerce/model.yaml").toString();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private String scenarios() throws IOException {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: short
                    duration: 5s
                    seed: 3
                    workload:
                      open: {rate: 200/s}
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    resilience: {defaults: {timeout: 1s, retry: {maxAttempts: 2, wait: 10ms}}}
                    faults: [{at: 1s, for: 2s, fail: {service: PaymentService, rate: 50%}}]
                  - name: second
                    duration: 3s
                    seed: 4
                    workload:
                      open: {rate: 100/s}
                      mix: [{route: POST /orders, weight: 1}]
                """);
        return file.toString();
    }

    @Test
    void replicationsOnThreadsGiveTheSameJsonAsOneAfterTheOther() throws IOException {
        String file = scenarios();
        for (String format : new String[] {"json", "text"}) {
            assertThat(run("simulate", "scenarios", MODEL, file, "--format", format, "--replications", "5",
                    "--threads", "1")).as(err.toString()).isZero();
            String sequential = withoutWallTime(out.toString());
            assertThat(sequential).as(format).contains("short", "second");
            for (String threads : new String[] {"2", "4"}) {
                assertThat(run("simulate", "scenarios", MODEL, file, "--format", format, "--replications", "5",
                        "--threads", threads)).as(err.toString()).isZero();
                assertThat(withoutWallTime(out.toString())).as(format + " on " + threads + " threads")
                        .isEqualTo(sequential);
            }
        }
        assertThat(run("simulate", "scenarios", MODEL, file, "--format", "json", "--replications", "3"))
                .as("the default: all cores").isZero();
        assertThat(out.toString()).contains("\"replications\"");
    }

    @Test
    void fewerThanOneThreadIsAUsageError() throws IOException {
        String file = scenarios();
        assertThat(run("simulate", "scenarios", MODEL, file, "--threads", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--threads must lie in [1, 1024], got 0");
        assertThat(out.toString()).isEmpty();
    }

    private static String withoutWallTime(String output) {
        return output.replaceAll("\"wallSeconds\": *[0-9.Ee-]+", "");
    }
}
