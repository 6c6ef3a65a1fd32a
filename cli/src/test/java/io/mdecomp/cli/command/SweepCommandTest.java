package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mdecomp sweep run} and {@code mdecomp merge}: reports, shards in separate processes, bad input. */
class SweepCommandTest {

    @TempDir
    Path dir;

    private String scenarios() throws IOException {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: rates
                    duration: 6s
                    warmup: 1s
                    seed: 3
                    workload:
                      open: {rate: 200/s}
                      clients: 100
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    resilience: {defaults: {timeout: 1s}}
                    slos:
                      - {route: POST /orders, p99: 400ms}
                      - {availability: 99%}
                    sweep:
                      replications: 2
                      parameters:
                        - {path: workload.open.rate, values: [100/s, 300/s]}
                        - {path: deployment.PaymentService.instances, range: {from: 1, to: 2, step: 1}}
                """);
        return file.toString();
    }

    @Test
    void ranksEveryPointInJson() throws IOException {
        CliRun run = CliRun.run("sweep", "run", CliRun.SAMPLE, scenarios(), "--format", "json", "--threads", "2");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isIn(0, 1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("kind").asText()).isEqualTo("sweep");
        assertThat(json.path("runs").asInt()).isEqualTo(8);
        JsonNode scenario = json.path("scenarios").get(0);
        assertThat(scenario.path("points").size()).isEqualTo(4);
        assertThat(scenario.path("ranking").size()).isEqualTo(4);
        assertThat(scenario.path("points").get(3).path("values").toString()).isEqualTo("[\"300/s\",\"2\"]");
        assertThat(scenario.path("points").get(0).path("objectives").size()).isEqualTo(2);
        assertThat(run.code() == 0).isEqualTo(json.path("passed").asBoolean());
    }

    @Test
    void textShowsPointsBestFirst() throws IOException {
        CliRun run = CliRun.run("sweep", "run", CliRun.SAMPLE, scenarios(), "--replications", "1");
        assertThat(run.out()).contains("Scenario rates: 4 points × 1 replication")
                .contains("workload.open.rate: 100/s, 300/s").contains("best: workload.open.rate = ");
    }

    /** Shards run as separate processes and merged equal the sweep run whole, byte for byte. */
    @Test
    void shardsRunInSeparateProcessesMergeToTheSingleRunsBytes() throws Exception {
        String file = scenarios();
        List<Process> processes = new ArrayList<>();
        int count = 3;
        for (int k = 0; k < count; k++) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            processes.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "io.mdecomp.cli.Main",
                    "sweep", "run", CliRun.SAMPLE, file, "--shard", k + "/" + count, "--threads", "1",
                    "-o", dir.resolve("shard-" + k + ".json").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log-" + k + ".txt").toFile()).start());
        }
        for (int k = 0; k < count; k++) {
            assertThat(processes.get(k).waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(processes.get(k).exitValue()).as(Files.readString(dir.resolve("log-" + k + ".txt"))).isZero();
        }
        CliRun single = CliRun.run("sweep", "run", CliRun.SAMPLE, file, "--format", "json");
        CliRun merged = CliRun.run("merge", dir.resolve("shard-2.json").toString(), dir.resolve("shard-0.json").toString(),
                dir.resolve("shard-1.json").toString(), "--format", "json");
        assertThat(merged.err()).isEmpty();
        assertThat(merged.code()).isEqualTo(single.code());
        assertThat(merged.out()).isEqualTo(single.out());
        CliRun html = CliRun.run("merge", dir.resolve("shard-0.json").toString(), dir.resolve("shard-1.json").toString(),
                dir.resolve("shard-2.json").toString(), "--format", "html");
        assertThat(html.out()).isEqualTo(CliRun.run("sweep", "run", CliRun.SAMPLE, file, "--format", "html").out());
    }

    @Test
    void badShardsAndOptionsAreRefused() throws IOException {
        String file = scenarios();
        CliRun bad = CliRun.run("sweep", "run", CliRun.SAMPLE, file, "--shard", "3/3");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--shard must read K/N with 0 <= K < N");
        assertThat(CliRun.run("sweep", "run", CliRun.SAMPLE, file, "--shard", "0/2", "--format", "html").err())
                .contains("choose the report's format when merging");
        assertThat(CliRun.run("sweep", "run", CliRun.SAMPLE, file, "--scenario", "nope").err())
                .contains("unknown scenario 'nope'").contains("known: rates");
        assertThat(CliRun.run("sweep", "run", CliRun.SAMPLE, file, "--confidence", "1").err())
                .contains("--confidence must lie in (0.5, 1)");

        Path zero = dir.resolve("zero.json");
        assertThat(CliRun.run("sweep", "run", CliRun.SAMPLE, file, "--shard", "0/2", "--replications", "1",
                "-o", zero.toString()).code()).isZero();
        CliRun missing = CliRun.run("merge", zero.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains(zero + ":1:1: error: missing shard(s) 1/2 of 2");

        Path notShard = dir.resolve("report.json");
        Files.writeString(notShard, "{\"schemaVersion\": 1}");
        CliRun foreign = CliRun.run("merge", notShard.toString());
        assertThat(foreign.code()).isEqualTo(2);
        assertThat(foreign.err()).contains(notShard + ":1:1: error: not the partial results of a sweep shard");
        CliRun none = CliRun.run("merge", dir.resolve("none.json").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no such file");
        assertThat(CliRun.run("merge", dir.toString()).err())
                .isEqualTo(dir + ": error: is a directory; give the shard files (e.g. results/shard-*.json) [io]\n");

        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {'{', '\n', (byte) 0x94, 0x01});
        CliRun notUtf8 = CliRun.run("merge", binary.toString());
        assertThat(notUtf8.code()).isEqualTo(2);
        assertThat(notUtf8.err()).isEqualTo(binary + ":2:1: error: file is not valid UTF-8: byte 0x94 at offset 2 cannot be"
                + " decoded; save the file as UTF-8 [encoding]\n");
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, "{\"kind\": ");
        assertThat(CliRun.run("merge", cut.toString()).err()).isEqualTo(cut + ":1:10: error: not valid JSON: Unexpected"
                + " end-of-input within/between Object entries [syntax]\n");
    }

    @Test
    void aBadSweepValueIsLocatedAtTheSweep() throws IOException {
        String text = Files.readString(Path.of(scenarios())).replace("values: [100/s, 300/s]", "values: [100/s, -3/s]");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, text);
        CliRun run = CliRun.run("sweep", "run", CliRun.SAMPLE, file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ":17:54: error: ").contains("error:").doesNotContain("Exception");
    }
}
