package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** {@code mdecomp simulate scenarios --format html}: a real short run of the sample model to one self-contained file. */
class SimulateHtmlCommandTest {

    private static final String MODEL = "../samples/ecommerce/model.yaml";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** 20 s at 300/s; PaymentService fails 80% of requests from 5 s to 12 s, so the breakers open. */
    private String scenarios() throws IOException {
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
                    resilience:
                      defaults:
                        timeout: 1s
                        circuitBreaker: {window: 20, minimumCalls: 10, failureRateThreshold: 50%, waitInOpen: 2s, halfOpenCalls: 3}
                    faults: [{at: 5s, for: 7s, fail: {service: PaymentService, rate: 80%}}]
                    slos: [{route: "GET /products/{sku}", p99: 1s}]
                """);
        return file.toString();
    }

    @Test
    void writesOneWellFormedPageWithTheThreeChartsAndTheFaultMarked() throws Exception {
        Path report = dir.resolve("report.html");
        assertThat(run("simulate", "scenarios", MODEL, scenarios(), "--format", "html", "-o", report.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).isEmpty();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring(html.indexOf('\n') + 1))));
        assertThat(html).contains("id=\"scenario-0-cdf\"", "id=\"scenario-0-timeseries\"", "id=\"scenario-0-breakers\"",
                "<title>F1: fail PaymentService 0.8 from 5 s to 12 s</title>",
                "<title>warm-up: 0 s to 2 s, excluded from statistics</title>",
                "GET /products/{sku} (p50 ", "<span class=\"passed\">PASSED</span>");
        assertThat(html).contains("<title>OrderService -&gt; PaymentService: OPEN from ");
    }

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        String file = scenarios();
        run("simulate", "scenarios", MODEL, file, "--format", "html", "--seed", "11");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("simulate", "scenarios", MODEL, file, "--format", "html", "--seed", "11");
        assertThat(out.toString()).isEqualTo(first).contains("Seed 11, 20 s simulated");
    }

    @Test
    void showsReplicationIntervalsInTheTables() throws IOException {
        assertThat(run("simulate", "scenarios", MODEL, scenarios(), "--format", "html", "--replications", "2"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("<h3>Replications</h3>", "<td>POST /orders p99Ms</td>")
                .containsPattern("<td class=\"num\">[0-9.]+ ± [0-9.]+</td>");
    }

    @Test
    void badScenarioFileExitsTwoWithALocatedMessageAndWritesNoPage() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: bad
                    duration: 10s
                    workload: {open: {rate: -5/s}, mix: [{route: POST /orders}]}
                """);
        Path report = dir.resolve("report.html");
        assertThat(run("simulate", "scenarios", MODEL, file.toString(), "--format", "html", "-o", report.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith(file + ":4:").contains("error:").doesNotContain("Exception");
        assertThat(report).doesNotExist();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("bad.yaml");
    }

    @Test
    void helpListsHtmlAmongTheFormats() {
        assertThat(run("simulate", "scenarios", "--help")).isZero();
        assertThat(out.toString()).contains("Output format: TEXT, JSON, CSV, JUNIT, SARIF, HTML",
                "Student-t");
        assertThat(err.toString()).as("no picocli format warning").isEmpty();
    }
}
