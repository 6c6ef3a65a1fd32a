package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mdecomp tune capacity}: the capacity table in each format, the overlay it writes and
 * that {@code simulate scenarios --deployment} runs, bad input. The search itself is checked
 * against Erlang C in the simulator's tests.
 */
class TuneCapacityCommandTest {

    @TempDir
    Path dir;

    private String scenarios(String rate, String p99) throws IOException {
        Path file = dir.resolve("scenarios-" + rate.replace('/', '-') + ".yaml");
        Files.writeString(file, """
                scenarios:
                  - name: busy
                    duration: 6s
                    warmup: 1s
                    seed: 5
                    workload:
                      open: {rate: RATE}
                      clients: 100
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    slos:
                      - {route: POST /orders, p99: P99}
                      - {availability: 99.5%}
                """.replace("RATE", rate).replace("P99", p99));
        return file.toString();
    }

    @Test
    void findsVerifiedFewestInstancesAndWritesAnOverlaySimulateRuns() throws IOException {
        String file = scenarios("900/s", "600ms");
        Path overlay = dir.resolve("deployment.yaml");
        CliRun run = CliRun.run("tune", "capacity", CliRun.SAMPLE, file, "--replications", "2", "--threads", "2",
                "--format", "json", "--deployment-out", overlay.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("kind").asText()).isEqualTo("capacity");
        assertThat(json.path("feasible").asBoolean()).isTrue();
        int total = 0;
        StringBuilder expected = new StringBuilder();
        for (JsonNode service : json.path("services")) {
            int instances = service.path("instances").asInt();
            total += instances;
            assertThat(instances).isBetween(1, 20);
            if (instances > 1) {
                assertThat(service.path("missedWithOneInstanceFewer").size()).as(service.toString()).isPositive();
            }
        }
        json.path("answer").path("instances").fields().forEachRemaining(e -> expected.append("  ").append(e.getKey())
                .append(": {instances: ").append(e.getValue().asInt()).append("}\n"));
        assertThat(json.path("totalInstances").asInt()).isEqualTo(total).isLessThan(json.path("modelInstances").asInt());
        assertThat(json.path("answer").path("holds").asBoolean()).isTrue();
        assertThat(json.path("search").size()).isEqualTo(json.path("candidates").asInt());
        assertThat(json.path("runs").asInt()).isEqualTo(2 * json.path("candidates").asInt());
        assertThat(Files.readString(overlay)).startsWith("# Deployment overlay for ecommerce")
                .endsWith("deployment:\n" + expected);

        CliRun simulated = CliRun.run("simulate", "scenarios", CliRun.SAMPLE, file, "--deployment", overlay.toString(),
                "--format", "json");
        assertThat(simulated.err()).isEmpty();
        assertThat(simulated.code()).isZero();
        JsonNode services = new ObjectMapper().readTree(simulated.out()).at("/scenarios/0/services");
        assertThat(services.size()).isEqualTo(json.path("services").size());
    }

    @Test
    void textAndHtmlShowTheCapacityTable() throws IOException {
        String file = scenarios("100/s", "600ms");
        CliRun text = CliRun.run("tune", "capacity", CliRun.SAMPLE, file, "--replications", "1", "--threads", "2");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Capacity of ecommerce for busy: objectives judged at 95% confidence")
                .contains("every objective holds with 4 instances in all (the model has 11)")
                .contains("PaymentService     2 × 8   1 × 8").contains("1. CustomerService=2 InventoryService=4")
                .contains("probe: the model's deployment");
        CliRun html = CliRun.run("tune", "capacity", CliRun.SAMPLE, file, "--replications", "1", "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<table class=\"sortable capacity\">")
                .contains("id=\"capacity-chart\"").contains("<td>PaymentService</td>").endsWith("</html>\n");
    }

    @Test
    void infeasibleObjectivesExitOneAndSayWhy() throws IOException {
        CliRun run = CliRun.run("tune", "capacity", CliRun.SAMPLE, scenarios("900/s", "20ms"), "--replications", "1",
                "--max-instances", "3", "--threads", "2");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("no deployment within the limits meets every objective")
                .contains("MISSED busy: POST /orders p99 <= 20ms");
    }

    @Test
    void badInputExitsTwoWithAReason() throws IOException {
        String file = scenarios("100/s", "600ms");
        CliRun zero = CliRun.run("tune", "capacity", CliRun.SAMPLE, file, "--max-instances", "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--max-instances must lie in [1, 10000], got 0");
        assertThat(CliRun.run("tune", "capacity", CliRun.SAMPLE, file, "--confidence", "0.4").err())
                .contains("--confidence must lie in (0.5, 1)");
        assertThat(CliRun.run("tune", "capacity", CliRun.SAMPLE, file, "--scenario", "nope").err())
                .contains("unknown scenario 'nope'").contains("known: busy");
        Path none = dir.resolve("none.yaml");
        Files.writeString(none, Files.readString(Path.of(file)).replaceAll("(?s)    slos:.*", ""));
        CliRun noObjectives = CliRun.run("tune", "capacity", CliRun.SAMPLE, none.toString());
        assertThat(noObjectives.code()).isEqualTo(2);
        assertThat(noObjectives.err()).contains("has an objective ('slos')");
        assertThat(CliRun.run("tune").err()).contains("a subcommand is required: capacity, resilience");

        Path overlay = dir.resolve("bad-overlay.yaml");
        Files.writeString(overlay, "deployment:\n  Payments: {instances: 2}\n");
        CliRun bad = CliRun.run("simulate", "scenarios", CliRun.SAMPLE, file, "--deployment", overlay.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(overlay + ":2:3: error: unknown service 'Payments'").doesNotContain("Exception");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void writesTheOverlayAndTheReportBothOrNeitherAndNeverOverAnInput() throws IOException {
        String file = scenarios("300/s", "600ms");
        Path overlay = dir.resolve("deployment.yaml");
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        CliRun failed = CliRun.run("tune", "capacity", CliRun.SAMPLE, file, "--replications", "1",
                "--deployment-out", overlay.toString(), "-o", folder.toString());
        assertThat(failed.code()).as(failed.err()).isEqualTo(2);
        assertThat(failed.err()).contains(folder + ": is a directory");
        assertThat(overlay).doesNotExist();
        CliRun same = CliRun.run("tune", "capacity", CliRun.SAMPLE, file, "--deployment-out", overlay.toString(),
                "-o", overlay.toString());
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("-o and --deployment-out name the same file");
        String before = Files.readString(Path.of(file));
        CliRun over = CliRun.run("tune", "capacity", CliRun.SAMPLE, file, "--deployment-out", file);
        assertThat(over.code()).isEqualTo(2);
        assertThat(over.err()).contains("--deployment-out " + file + " is the input SCENARIOS");
        assertThat(Path.of(file)).hasContent(before);
    }
}
