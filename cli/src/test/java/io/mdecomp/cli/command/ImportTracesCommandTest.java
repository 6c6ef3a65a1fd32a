package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTracesCommandTest {

    private static final Path TRACES = Path.of("..", "importer", "src", "test", "resources", "traces");
    private static final String JAEGER = TRACES.resolve("shop-jaeger.json").toString();
    private static final String OTLP = TRACES.resolve("checkout-otlp.json").toString();

    @TempDir
    Path dir;

    @Test
    void writesAModelAndAScenarioFileThatTheSimulatorReads() {
        Path model = dir.resolve("model.yaml");
        Path scenarios = dir.resolve("scenarios.yaml");
        CliRun run = CliRun.run("import", "traces", JAEGER, "--system", "shop", "-o", model.toString(),
                "--scenarios-out", scenarios.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("read 22 spans in 4 traces from 1 file: 4 services, 5 endpoints, 2 call edges, 1 event")
                .contains("payment-service    postPayments      POST /payments              4       2    2")
                .contains("order-service.postOrders  payment-service.postPayments              1.333  0.2722")
                .contains("network: one-way constant with mean 1.000 ms, from 7 client/server span pairs");
        DomainModel read = ModelReader.read(model);
        assertThat(read.system()).isEqualTo("shop");
        List<Scenario> scenario = ScenarioReader.read(scenarios, read);
        assertThat(scenario).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("imported");
            assertThat(s.timing().duration()).isEqualTo(3);
            assertThat(s.faults()).hasSize(1);
            assertThat(s.infrastructure().networkLatency()).isPresent();
        });
        CliRun simulated = CliRun.run("simulate", "scenarios", model.toString(), scenarios.toString(), "--format", "json");
        assertThat(simulated.code()).as(simulated.err()).isZero();
        assertThat(simulated.out()).contains("\"route\": \"POST /orders\"");
    }

    @Test
    void calibratesAModelAndListsWhatDidNotMatch() throws IOException {
        Path model = dir.resolve("calibrated.yaml");
        Path scenarios = dir.resolve("calibrated-scenarios.yaml");
        CliRun run = CliRun.run("import", "traces", JAEGER, "--into", TRACES.resolve("shop-model.yaml").toString(),
                "-o", model.toString(), "--scenarios-out", scenarios.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("calibrated:\n  endpoint OrderService.placeOrder: service time gamma")
                .contains("in the model, not in the traces:\n  call OrderService.placeOrder -> FraudService.score");
        assertThat(Files.readString(model)).startsWith("# calibrated by mdecomp import traces from shop-jaeger.json\n");
        assertThat(Files.readString(scenarios)).contains("- {route: \"GET /orders/{orderId}\", weight: 1}");
        assertThat(CliRun.run("simulate", "scenarios", model.toString(), scenarios.toString()).code()).isZero();
    }

    @Test
    void writesTheModelToStandardOutputWithoutOutputOption() {
        CliRun run = CliRun.run("import", "traces", OTLP, "--format", "OTLP");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# imported by mdecomp import traces from checkout-otlp.json\nsystem: imported\n")
                .contains("- {service: pricing, endpoint: quote, probability: 0.3333, parallel: true}");
        assertThat(run.err()).contains("calls to peers without spans (their time stays in the caller's service time):\n"
                + "  checkout -> postgres: 1 client spans");
    }

    @Test
    void failsOnMalformedSpansWithoutWritingAnythingUnlessToldToSkipThem() throws IOException {
        Path traces = Files.writeString(dir.resolve("bad.json"), "[{\"traceId\":\"a1\",\"id\":\"01\",\"kind\":\"SERVER\","
                + "\"name\":\"get /x\",\"timestamp\":1700000000000000,\"duration\":1000,"
                + "\"localEndpoint\":{\"serviceName\":\"svc\"}},\n{\"traceId\":\"a2\",\"id\":\"02\"}]");
        Path model = dir.resolve("out.yaml");
        Path scenarios = dir.resolve("out-scenarios.yaml");
        CliRun failed = CliRun.run("import", "traces", traces.toString(), "-o", model.toString(), "--scenarios-out",
                scenarios.toString());
        assertThat(failed.code()).isEqualTo(2);
        assertThat(failed.err()).contains(traces + ":2:1: error: span #1 (trace a2, id 02): it has no service name;")
                .contains("import with --skip-bad to leave malformed spans out [span]").doesNotContain("Exception");
        assertThat(model).doesNotExist();
        assertThat(scenarios).doesNotExist();
        CliRun skipped = CliRun.run("import", "traces", traces.toString(), "-o", model.toString(), "--skip-bad");
        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(skipped.err()).contains(":2:1: warning: span #1 (trace a2, id 02)").contains("; skipped [span]")
                .contains("notes: 1 malformed span skipped");
        assertThat(model).exists();
    }

    @Test
    void refusesASystemNameTheModelDoesNotAllow() {
        CliRun run = CliRun.run("import", "traces", JAEGER, "--system", "shop/eu");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--system 'shop/eu' is not allowed: write any text on one line without '/'")
                .doesNotContain("internal error");
    }

    @Test
    void keepsFileNamesWithLineBreaksOnTheCommentLine() throws IOException {
        Path traces = Files.copy(Path.of(JAEGER), dir.resolve("shop\n- x: 1.json"));
        Path model = dir.resolve("model.yaml");
        Path scenarios = dir.resolve("scenarios.yaml");
        CliRun run = CliRun.run("import", "traces", traces.toString(), "-o", model.toString(),
                "--scenarios-out", scenarios.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(model)).startsWith("# imported by mdecomp import traces from shop?- x: 1.json\n");
        assertThat(Files.readString(scenarios)).startsWith("# imported by mdecomp import traces from shop?- x: 1.json:");
        assertThat(CliRun.run("simulate", "scenarios", model.toString(), scenarios.toString()).code()).isZero();
    }

    @Test
    void writesNeitherFileWhenOneCannotBeWritten() throws IOException {
        Path scenarios = dir.resolve("scenarios.yaml");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        CliRun run = CliRun.run("import", "traces", JAEGER, "-o", folder.toString(),
                "--scenarios-out", scenarios.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write " + folder + ": is a directory; give a file name");
        assertThat(scenarios).doesNotExist();
    }

    @Test
    void refusesOutputsOverOneAnotherOrOverTheTraces() throws IOException {
        Path same = dir.resolve("out.yaml");
        CliRun clash = CliRun.run("import", "traces", JAEGER, "-o", same.toString(), "--scenarios-out",
                dir.resolve(".").resolve("out.yaml").toString());
        assertThat(clash.code()).isEqualTo(2);
        assertThat(clash.err()).contains("-o and --scenarios-out name the same file");
        assertThat(same).doesNotExist();
        Path traces = Files.copy(Path.of(JAEGER), dir.resolve("traces.json"));
        CliRun over = CliRun.run("import", "traces", traces.toString(), "-o", traces.toString());
        assertThat(over.code()).isEqualTo(2);
        assertThat(over.err()).contains("-o " + traces + " is the input FILE and would be overwritten");
        assertThat(traces).hasSameTextualContentAs(Path.of(JAEGER));
        Path model = Files.copy(TRACES.resolve("shop-model.yaml"), dir.resolve("model.yaml"));
        assertThat(CliRun.run("import", "traces", JAEGER, "--into", model.toString(), "-o", model.toString()).code())
                .isZero();
    }

    @Test
    void saysWhenTheScenarioTheTracesMakeCannotRunAndWritesNothing() {
        Path model = dir.resolve("model.yaml");
        Path scenarios = dir.resolve("scenarios.yaml");
        CliRun run = CliRun.run("import", "traces", JAEGER, "--sampling", "1e-300", "-o", model.toString(),
                "--scenarios-out", scenarios.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(JAEGER + ":1:1: error: the scenario file these traces make is not one the"
                + " simulator can run, so neither file was written").contains("[limit]");
        assertThat(model).doesNotExist();
        assertThat(scenarios).doesNotExist();
    }

    @Test
    void refusesBadOptionsAndFiles() {
        assertThat(CliRun.run("import", "traces", JAEGER, "--format", "xml").err())
                .contains("unknown trace format 'xml' (known: zipkin, jaeger, otlp)");
        CliRun sampling = CliRun.run("import", "traces", JAEGER, "--sampling", "1.5");
        assertThat(sampling.code()).isEqualTo(2);
        assertThat(sampling.err()).contains("--sampling must lie in (0, 1], got 1.5");
        CliRun missing = CliRun.run("import", "traces", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json:1:1: error: no such file [io]");
        CliRun noFile = CliRun.run("import", "traces");
        assertThat(noFile.code()).isEqualTo(2);
        CliRun wrongFormat = CliRun.run("import", "traces", JAEGER, "--format", "otlp");
        assertThat(wrongFormat.code()).isEqualTo(2);
        assertThat(wrongFormat.err()).contains("error: the files hold no spans when read as otlp JSON, but " + JAEGER
                + " starts like jaeger JSON; give --format jaeger, or leave --format out to recognise each file's format");
        CliRun noWorkload = CliRun.run("import", "traces", OTLP, "--into", TRACES.resolve("shop-model.yaml").toString(),
                "--scenarios-out", dir.resolve("s.yaml").toString());
        assertThat(noWorkload.code()).isEqualTo(2);
        assertThat(noWorkload.err()).contains("cannot estimate an arrival rate for --scenarios-out: the traces hold 0 requests");
    }
}
