package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mdecomp simulate scenarios} with a saga and a gateway worker pool: JSON, text, bad input. */
class SimulateSagaCommandTest {

    private static final String MODEL = Path.of("../samples/ecommerce/model.yaml").toString();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private String scenarios(String gateway, String step) throws IOException {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: saga
                    duration: 20s
                    seed: 3
                    workload:
                      open: {rate: 200/s}
                      mix: [{route: POST /orders}]
                """ + gateway + """
                    sagas:
                      - route: POST /orders
                        steps:
                          - {call: InventoryService.reserveStock, compensate: InventoryService.releaseReservation}
                """ + step + """
                    faults: [{at: 0s, for: 1m, fail: {service: PaymentService, rate: 100%}}]
                """);
        return file.toString();
    }

    @Test
    void writesSagaCountsAndTheGatewayPoolToJson() throws IOException {
        String file = scenarios("    gateway: {workers: 50, queue: 10}\n",
                "          - {call: PaymentService.charge, compensate: PaymentService.refund}\n");
        assertThat(run("simulate", "scenarios", MODEL, file, "--format", "json")).as(err.toString()).isZero();
        JsonNode s = new ObjectMapper().readTree(out.toString()).get("scenarios").get(0);
        JsonNode saga = s.get("sagas").get(0);
        assertThat(saga.get("route").asText()).isEqualTo("POST /orders");
        long started = saga.get("started").asLong();
        assertThat(started).isEqualTo(s.get("requests").get("total").asLong()).isGreaterThan(3500);
        // every charge fails, so every finished saga released its reservation
        assertThat(saga.get("completed").asLong()).isZero();
        assertThat(saga.get("compensated").asLong()).isEqualTo(s.get("requests").get("failed").asLong());
        assertThat(saga.get("compensated").asLong() + saga.get("inFlight").asLong()).isEqualTo(started);
        assertThat(saga.get("compensationFailures").asLong()).isZero();
        assertThat(saga.get("steps").get(0).get("call").asText()).isEqualTo("InventoryService.reserveStock");
        assertThat(saga.get("steps").get(0).get("compensate").asText())
                .isEqualTo("InventoryService.releaseReservation");
        assertThat(saga.get("steps").get(1).get("failed").asLong()).isGreaterThanOrEqualTo(
                saga.get("compensated").asLong());
        JsonNode gateway = s.get("gateway");
        assertThat(gateway.get("workers").asInt()).isEqualTo(50);
        assertThat(gateway.get("queue").asInt()).isEqualTo(10);
        assertThat(gateway.get("rejected").asLong()).isZero();
        assertThat(gateway.get("utilization").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void withoutSagasTheJsonHasAnEmptySagaListAndNoGatewayPool() throws IOException {
        Path file = dir.resolve("plain.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: plain
                    duration: 5s
                    workload: {open: {rate: 50/s}, mix: [{route: POST /orders}]}
                """);
        assertThat(run("simulate", "scenarios", MODEL, file.toString(), "--format", "json")).isZero();
        JsonNode s = new ObjectMapper().readTree(out.toString()).get("scenarios").get(0);
        assertThat(s.get("sagas").isArray()).isTrue();
        assertThat(s.get("sagas")).isEmpty();
        assertThat(s.has("gateway")).isFalse();
    }

    @Test
    void showsTheSagaTableAndGatewayLineInText() throws IOException {
        String file = scenarios("    gateway: {workers: 50}\n", "          - {call: PaymentService.charge}\n");
        assertThat(run("simulate", "scenarios", MODEL, file)).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("  saga          started  completed  compensated  compensation failed  in flight"
                        + "  compensations  failed compensations")
                .containsPattern("  POST /orders +\\d+ +0 +\\d+ +0 +\\d+ +\\d+ +0\\n")
                .containsPattern("  gateway: 50 workers, queue 100: utilization \\d+\\.\\d\\d%, mean queue [0-9.]+,"
                        + " 0 rejected\\n");
    }

    @Test
    void aCompensationOnAnotherServiceExitsTwoWithALocatedMessage() throws IOException {
        String file = scenarios("", "          - {call: PaymentService.charge,"
                + " compensate: InventoryService.releaseReservation}\n");
        assertThat(run("simulate", "scenarios", MODEL, file)).isEqualTo(2);
        assertThat(err.toString()).contains(file + ":12:55: error: compensation 'InventoryService.releaseReservation'"
                + " is on InventoryService but its step 'PaymentService.charge' is on PaymentService;"
                + " a compensation undoes its step's local transaction, so name an endpoint of PaymentService [value]")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }
}
