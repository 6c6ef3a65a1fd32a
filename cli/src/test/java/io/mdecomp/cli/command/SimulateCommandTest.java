package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.cli.Main;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mdecomp simulate scenarios}: formats, exit codes, bad input. Runs short scenarios on the sample model. */
class SimulateCommandTest {

    private static final Path SAMPLES = Path.of("../samples/ecommerce");
    private static final String MODEL = SAMPLES.resolve("model.yaml").toString();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private String scenarios(String slos) throws IOException {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: short
                    duration: 20s
                    warmup: 2s
                    seed: 3
                    workload:
                      open: {rate: 300/s}
                      clients: 100
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    resilience: {defaults: {timeout: 1s, retry: {maxAttempts: 2, wait: 10ms}}}
                    faults: [{at: 5s, for: 5s, fail: {service: PaymentService, rate: 50%}}]
                """ + slos);
        return file.toString();
    }

    @Test
    void sampleScenariosAreValidAgainstTheSampleModel() {
        var model = ModelReader.read(SAMPLES.resolve("model.yaml"));
        assertThat(ScenarioReader.read(SAMPLES.resolve("scenarios.yaml"), model))
                .extracting(s -> s.name())
                .containsExactly("steady-state", "peak-with-killed-instances", "slow-payments-contained",
                        "checkout-saga");
    }

    @Test
    void writesTheJsonContractAndExitsZeroWhenObjectivesHold() throws IOException {
        String file = scenarios("    slos: [{route: \"GET /products/{sku}\", p99: 1s}]\n");
        assertThat(run("simulate", "scenarios", MODEL, file, "--format", "json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("model").asText()).isEqualTo("ecommerce");
        JsonNode s = json.get("scenarios").get(0);
        for (String key : new String[] {"name", "seed", "simulatedSeconds", "wallSeconds", "events", "requests",
            "routes", "services", "calls", "breakers", "timeseries", "slos", "passed"}) {
            assertThat(s.has(key)).as(key).isTrue();
        }
        JsonNode route = s.get("routes").get(1);
        assertThat(route.get("route").asText()).isEqualTo("POST /orders");
        assertThat(route.get("latencyMs").has("p999")).isTrue();
        assertThat(route.get("errors").get("injected").asLong()).isPositive();
        JsonNode cdf = route.get("latencyCdf");
        assertThat(cdf).hasSize(36);
        assertThat(cdf.get(0).get("percentile").asDouble()).isZero();
        assertThat(cdf.get(11).get("percentile").asDouble()).isEqualTo(50);
        assertThat(cdf.get(11).get("ms").asDouble()).isEqualTo(route.get("latencyMs").get("p50").asDouble());
        assertThat(cdf.get(35).get("ms").asDouble()).isEqualTo(route.get("latencyMs").get("max").asDouble());
        assertThat(s.get("simulatedSeconds").asDouble()).isEqualTo(20);
        assertThat(s.get("passed").asBoolean()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void sameSeedGivesTheSameJsonApartFromWallTime() throws IOException {
        String file = scenarios("");
        run("simulate", "scenarios", MODEL, file, "--format", "json", "--seed", "9");
        String first = out.toString().replaceAll("\"wallSeconds\": *[0-9.]+", "");
        out.getBuffer().setLength(0);
        run("simulate", "scenarios", MODEL, file, "--format", "json", "--seed", "9");
        assertThat(out.toString().replaceAll("\"wallSeconds\": *[0-9.]+", "")).isEqualTo(first);
        assertThat(first).contains("\"seed\": 9");
    }

    @Test
    void missedObjectiveExitsOneAndShowsInTextJunitAndSarif() throws IOException {
        String file = scenarios("    slos: [{route: POST /orders, errorRate: 0.01%}]\n");
        assertThat(run("simulate", "scenarios", MODEL, file)).isEqualTo(1);
        assertThat(out.toString()).contains("Scenario short", "FAIL  POST /orders errorRate <= 0.01%",
                "failed requests by root cause", "injected");
        out.getBuffer().setLength(0);
        assertThat(run("simulate", "scenarios", MODEL, file, "--format", "junit")).isEqualTo(1);
        assertThat(out.toString()).contains("<testsuite name=\"short\" tests=\"1\" failures=\"1\"",
                "<failure message=\"POST /orders errorRate &lt;= 0.01% missed");
        out.getBuffer().setLength(0);
        assertThat(run("simulate", "scenarios", MODEL, file, "--format", "sarif")).isEqualTo(1);
        JsonNode sarif = new ObjectMapper().readTree(out.toString());
        JsonNode result = sarif.get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("SLO001");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
    }

    @Test
    void csvHasOneRowPerBucketWithColumnsPerRouteThatAddUp() throws IOException {
        String file = scenarios("");
        assertThat(run("simulate", "scenarios", MODEL, file, "--format", "csv")).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("scenario,atSeconds,requests,ok,failed,p99Ms,"
                + "GET /products/{sku} requests,GET /products/{sku} ok,GET /products/{sku} failed,"
                + "GET /products/{sku} p99Ms,POST /orders requests,POST /orders ok,POST /orders failed,"
                + "POST /orders p99Ms");
        assertThat(lines).hasSize(21);
        assertThat(lines[1]).startsWith("short,0,");
        long failedOrders = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            for (int k = 2; k <= 4; k++) {
                long all = Long.parseLong(cells[k]);
                assertThat(Long.parseLong(cells[k + 4]) + Long.parseLong(cells[k + 8])).as(lines[i]).isEqualTo(all);
            }
            failedOrders += Long.parseLong(cells[12]);
        }
        assertThat(failedOrders).as("the payment fault fails orders").isPositive();
    }

    @Test
    void replicationsAddConfidenceIntervals() throws IOException {
        String file = scenarios("");
        assertThat(run("simulate", "scenarios", MODEL, file, "--format", "json", "--replications", "3")).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString()).at("/scenarios/0/replications");
        assertThat(r.get("count").asInt()).isEqualTo(3);
        assertThat(r.get("estimates").get(0).get("metric").asText()).isEqualTo("throughput");
        assertThat(r.get("estimates").get(0).get("halfWidth").asDouble()).isPositive();
    }

    @Test
    void replicatedVerdictsAgreeInJsonTextAndHtml() throws IOException {
        String file = scenarios("    slos: [{route: POST /orders, p99: 150ms}, {errorRate: 1%}]\n");
        run("simulate", "scenarios", MODEL, file, "--format", "json", "--replications", "3");
        JsonNode slos = new ObjectMapper().readTree(out.toString()).at("/scenarios/0/slos");
        out.getBuffer().setLength(0);
        run("simulate", "scenarios", MODEL, file, "--replications", "3", "--no-color");
        String text = out.toString();
        out.getBuffer().setLength(0);
        run("simulate", "scenarios", MODEL, file, "--format", "html", "--replications", "3");
        String html = out.toString();
        assertThat(slos).hasSize(2);
        for (JsonNode slo : slos) {
            JsonNode r = slo.get("replications");
            assertThat(r.get("count").asInt()).isEqualTo(3);
            String over = "passes in " + r.get("passed").asInt() + " of 3 replications";
            java.util.regex.Matcher line = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(
                    slo.get("slo").asText()) + "  \\(actual [^;]+; " + over + ", (and|not) on the confidence bound "
                    + "(\\[[^]]+])\\)").matcher(text);
            assertThat(line.find()).as("text verdict of %s in%n%s", slo.get("slo").asText(), text).isTrue();
            assertThat(line.group(1)).isEqualTo(r.get("passedOnBound").asBoolean() ? "and" : "not");
            String onBound = r.get("passedOnBound").asBoolean() ? "<td class=\"passed\">pass</td>"
                    : "<td class=\"failed-verdict\">FAIL</td>";
            assertThat(html).contains("<td>" + over + "</td><td>" + line.group(2) + "</td>" + onBound);
        }
    }

    @Test
    void badScenarioFileExitsTwoWithLocatedMessagesAndNoOutput() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: bad
                    duration: 10
                    workload: {open: {rate: 5/s}, mix: [{route: GET /nowhere}]}
                """);
        assertThat(run("simulate", "scenarios", MODEL, file.toString(), "-o", dir.resolve("out.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains(file + ":3:15: error: 'duration': duration '10' has no unit")
                .contains(file + ":4:49: error: unknown route 'GET /nowhere'").doesNotContain("Exception");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void anAbsurdArrivalRateIsRefusedBeforeAnythingRuns() throws IOException {
        Path file = dir.resolve("flood.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: flood
                    duration: 60s
                    workload:
                      open: {rate: 1000000000/s}
                      mix: [{route: "GET /products/{sku}"}]
                """);
        Path report = dir.resolve("out.json");
        assertThat(run("simulate", "scenarios", MODEL, file.toString(), "-o", report.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(file + ":5:20: error: scenario 'flood': the workload sends about 6.00e+10"
                + " requests in 1m, each at least one event, far more than 'maxEvents' (2000000000) allows")
                .contains("raise 'maxEvents'").contains("[limit]").doesNotContain("Exception");
        assertThat(report).doesNotExist();
    }

    @Test
    void aModelDeploymentBeyondTheLimitsIsRefusedByValidateAndSimulate() throws IOException {
        Path model = dir.resolve("model.yaml");
        String text = Files.readString(Path.of(MODEL));
        Files.writeString(model, text.replaceFirst("deployment: \\{instances: 3, workers: 16, queue: 200}",
                "deployment: {instances: 3, workers: 2147483647, queue: 200}"));
        String file = scenarios("");
        assertThat(run("validate", model.toString())).isEqualTo(2);
        assertThat(run("simulate", "scenarios", model.toString(), file)).isEqualTo(2);
        assertThat(err.toString()).contains(model + ":111:").contains("'workers' must be at most 100000")
                .doesNotContain("Exception");
    }

    @Test
    void tooManyReplicationsIsAUsageError() throws IOException {
        String file = scenarios("");
        assertThat(run("simulate", "scenarios", MODEL, file, "--replications", "10001")).isEqualTo(2);
        assertThat(err.toString()).contains("--replications must lie in [1, 10000], got 10001");
    }

    @Test
    void unknownScenarioNameIsAUsageError() throws IOException {
        String file = scenarios("");
        assertThat(run("simulate", "scenarios", MODEL, file, "--scenario", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown scenario 'nope'", "(known: short)");
    }
}
