package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.cli.Golden;
import io.mdecomp.cli.Main;
import io.mdecomp.cli.render.simulation.HtmlSimulationRendererTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code mdecomp simulate compare}: the sample model against itself and against a copy with
 * fewer payment workers, every format, exit codes and bad input. Short scenarios, three
 * replications.
 */
class SimulateCompareCommandTest {

    private static final Path SAMPLES = Path.of("../samples/ecommerce");
    private static final String MODEL = SAMPLES.resolve("model.yaml").toString();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String scenarios;
    private String fewerPaymentWorkers;

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @BeforeEach
    void files() throws IOException {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: short
                    duration: 10s
                    warmup: 1s
                    seed: 3
                    workload:
                      open: {rate: 300/s}
                      clients: 100
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    slos:
                      - {route: POST /orders, p99: 1s}
                      - {route: "GET /products/{sku}", p99: 100ms}
                """);
        scenarios = file.toString();
        Path head = dir.resolve("head.yaml");
        String model = Files.readString(Path.of(MODEL));
        String halved = model.replace("    deployment: {instances: 2, workers: 8, queue: 50}",
                "    deployment: {instances: 1, workers: 2, queue: 50}");
        assertThat(halved).isNotEqualTo(model);
        Files.writeString(head, halved);
        fewerPaymentWorkers = head.toString();
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void aModelAgainstItselfShowsNoSignificantDifferenceAndExitsZero() throws IOException {
        assertThat(run("simulate", "compare", MODEL, MODEL, scenarios, "--replications", "3", "--format", "json"))
                .as(err.toString()).isZero();
        JsonNode report = json();
        assertThat(report.get("regressed").asBoolean()).isFalse();
        assertThat(report.at("/scenarios/0/routes")).hasSize(2);
        for (JsonNode route : report.at("/scenarios/0/routes")) {
            for (JsonNode metric : route.get("metrics")) {
                assertThat(metric.get("verdict").asText()).as(route.get("route") + " " + metric.get("metric"))
                        .isEqualTo("no-significant-difference");
                assertThat(metric.get("delta").asDouble()).isZero();
            }
        }
        for (JsonNode slo : report.at("/scenarios/0/slos")) {
            assertThat(slo.get("verdict").asText()).isEqualTo("no-significant-difference");
            assertThat(slo.get("regressed").asBoolean()).isFalse();
        }
    }

    @Test
    void fewerWorkersOnOneServiceIsWorseOnItsRouteAndExitsOneWhenAnObjectiveRegresses() throws IOException {
        assertThat(run("simulate", "compare", MODEL, fewerPaymentWorkers, scenarios, "--replications", "3",
                "--format", "json")).as(err.toString()).isEqualTo(1);
        JsonNode report = json();
        assertThat(report.get("regressed").asBoolean()).isTrue();
        JsonNode orders = report.at("/scenarios/0/routes/1");
        assertThat(orders.get("route").asText()).isEqualTo("POST /orders");
        assertThat(orders.at("/metrics/1/metric").asText()).isEqualTo("p99LatencyMs");
        assertThat(orders.at("/metrics/1/verdict").asText()).isEqualTo("worse");
        assertThat(orders.at("/metrics/1/lower").asDouble()).isPositive();
        JsonNode products = report.at("/scenarios/0/routes/0");
        assertThat(products.at("/metrics/0/verdict").asText()).as("products never reach PaymentService")
                .isEqualTo("no-significant-difference");
        assertThat(report.at("/scenarios/0/slos/0/basePassed").asBoolean()).isTrue();
        assertThat(report.at("/scenarios/0/slos/0/headPassed").asBoolean()).isFalse();
        assertThat(report.at("/scenarios/0/slos/0/location/line").asInt()).isEqualTo(11);
    }

    @Test
    void textNamesTheModelsAndTheRegression() {
        assertThat(run("simulate", "compare", MODEL, fewerPaymentWorkers, scenarios, "--replications", "2"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("Compare " + MODEL + " (base) with " + fewerPaymentWorkers + " (head): 2"
                        + " paired replications, 95% intervals of head - base")
                .contains("Scenario short (seed 3): REGRESSED: 1 objective that holds on base fails on head")
                .containsPattern("POST /orders +p99 latency .* worse\\n")
                .contains("1 of 1 scenario(s) have an objective that holds on base and fails on head.");
    }

    @Test
    void markdownHasATablePerScenarioPart() {
        assertThat(run("simulate", "compare", MODEL, MODEL, scenarios, "--replications", "2", "--format", "markdown"))
                .isZero();
        assertThat(out.toString()).startsWith("## mdecomp simulate compare\n")
                .contains("| route | metric | base | head | delta | 95% interval | verdict |\n|---|---|---:|---:|---:|---:|---|\n")
                .contains("| GET /products/{sku} | mean latency |")
                .contains("| objective | base | head | delta | 95% interval | verdict | on base | on head |");
    }

    @Test
    void htmlIsWellFormedAndOverlaysBothModelsLatencyCdfs() throws Exception {
        Path html = dir.resolve("compare.html");
        assertThat(run("simulate", "compare", MODEL, fewerPaymentWorkers, scenarios, "--replications", "2",
                "--format", "html", "-o", html.toString())).isEqualTo(1);
        String page = Files.readString(html);
        Document document = HtmlSimulationRendererTest.parse(page);
        assertThat(document.getElementsByTagName("svg").getLength()).isEqualTo(1);
        assertThat(page).contains("id=\"scenario-0-cdf\"")
                .contains("<g class=\"series s1\"><path").contains("<g class=\"series s1 dashed\"><path")
                .contains("POST /orders (" + fewerPaymentWorkers + ")").contains("<td class=\"failed-verdict\">worse</td>");
    }

    @Test
    void aShortCompareGivesItsGoldenJson() throws IOException {
        assertThat(run("simulate", "compare", MODEL, fewerPaymentWorkers, scenarios, "--replications", "2",
                "--format", "json")).isEqualTo(1);
        Golden.assertMatches("compare-short.json", out.toString().replace(dir.toString(), "DIR"));
    }

    @Test
    void oneReplicationIsAUsageError() {
        assertThat(run("simulate", "compare", MODEL, MODEL, scenarios, "--replications", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--replications must lie in [2, 10000] for a comparison");
    }

    @Test
    void aScenarioFileThatDoesNotFitTheHeadModelExitsTwoSayingSo() throws IOException {
        Path head = dir.resolve("renamed.yaml");
        Files.writeString(head, Files.readString(Path.of(MODEL)).replace("PaymentService", "Payments"));
        Path file = dir.resolve("faulty.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: f
                    duration: 5s
                    workload: {open: {rate: 10/s}, mix: [{route: POST /orders}]}
                    faults: [{at: 1s, for: 1s, fail: {service: PaymentService, rate: 50%}}]
                """);
        assertThat(run("simulate", "compare", MODEL, head.toString(), file.toString(), "-o",
                dir.resolve("out.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains(file + ":5:48: error: with the head model " + head
                + ": unknown service 'PaymentService'").doesNotContain("Exception");
        assertThat(dir.resolve("out.txt")).doesNotExist();
    }

    @Test
    void anUnknownScenarioIsAUsageError() {
        assertThat(run("simulate", "compare", MODEL, MODEL, scenarios, "--scenario", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown scenario 'nope'", "(known: short)");
    }
}
