package io.mdecomp.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.Main;
import io.mdecomp.cli.RequiredTool;
import io.mdecomp.cli.render.simulation.HtmlSimulationRenderer;
import io.mdecomp.cli.render.simulation.SampleSimulations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both HTML reports in a real browser (SPEC §8): they load with no console errors, their charts
 * have drawn content, and their tables sort.
 *
 * <p>How: each report is written to a file, then a copy gets two test-only scripts (the report
 * itself is not changed): one at the top of {@code <head>} that records every uncaught error
 * ({@code window.onerror} events) before the page's own script runs, and a probe at the end of
 * {@code <body>}, after the page's script, that measures every SVG (shapes whose bounding box is
 * not empty, and the rendered size), clicks the second column header of every sortable table twice
 * and reads the column after each click, and writes all of it, with the recorded errors, into a
 * {@code <pre id="probe">}. {@link HeadlessChromium} loads the copy with {@code --dump-dom} and
 * collects the console lines from the browser log; a clean page has none at all (the reports log
 * nothing, and a Content-Security-Policy violation, a failed load or an uncaught exception would
 * each log one). Two independent channels, so a page that breaks before the probe runs still fails.
 *
 * <p>Skipped, by assumption, only when no {@code chromium}, {@code chromium-browser} or
 * {@code google-chrome} is on the {@code PATH} ({@code .ci/run} installs Debian's {@code chromium}).
 * Four loads of about two seconds each (one of a deliberately broken page, to show the console
 * channel works); each is killed after 20 s.
 */
class HtmlReportsInChromiumTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final String RECORDER = "<script>window.__errors=[];window.addEventListener('error',"
            + "function(e){window.__errors.push(String(e.message));});</script>";

    private static final String PROBE = """
            <script>
            (function () {
              var out = [];
              document.querySelectorAll('svg').forEach(function (svg) {
                var shapes = 0;
                svg.querySelectorAll('path,rect,line,circle').forEach(function (e) {
                  var b = e.getBBox();
                  if (b.width > 0 || b.height > 0) { shapes++; }
                });
                var r = svg.getBoundingClientRect();
                out.push('svg\\t' + (svg.id || '-') + '\\t' + shapes + '\\t' + Math.round(r.width) + '\\t' + Math.round(r.height));
              });
              document.querySelectorAll('table.sortable').forEach(function (t, i) {
                var th = t.tHead.rows[0].cells[1];
                var column = function () {
                  return Array.prototype.map.call(t.tBodies[0].rows, function (row) { return row.cells[1].textContent; }).join('|');
                };
                var before = column();
                th.click();
                var up = column();
                th.click();
                out.push('sort\\t' + i + '\\t' + up + '\\t' + column() + '\\t' + before);
              });
              out.push('background\\t' + getComputedStyle(document.body).backgroundColor);
              var h2 = document.querySelector('h2');
              out.push('heading\\t' + (h2 ? h2.textContent : ''));
              out.push('errors\\t' + window.__errors.length + '\\t' + window.__errors.join(' / '));
              var pre = document.createElement('pre');
              pre.id = 'probe';
              pre.textContent = out.join('\\n');
              document.body.appendChild(pre);
            })();
            </script>
            """;

    @TempDir
    Path dir;

    private HeadlessChromium browser;

    @BeforeEach
    void findBrowser() {
        Optional<HeadlessChromium> found = HeadlessChromium.onPath(System.getenv("PATH"));
        RequiredTool.require(found.isPresent(), "no chromium, chromium-browser or google-chrome on the PATH; install Debian's"
                + " chromium (.ci/run does) to run the browser checks of the HTML reports");
        browser = found.get();
    }

    /** What the probe saw on one page. */
    record Probe(Map<String, int[]> svgs, List<String[]> sorts, String background, String heading, int errors,
                 String errorText) {
    }

    private Probe load(Path report, boolean dark) throws IOException, InterruptedException {
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("<head>", "</body>");
        Path probed = dir.resolve("probed-" + report.getFileName());
        Files.writeString(probed, html.replace("<head>", "<head>" + RECORDER).replace("</body>", PROBE + "</body>"),
                StandardCharsets.UTF_8);
        HeadlessChromium.Load load = browser.load(probed, dark, TIMEOUT, dir);
        assertThat(load.exitCode()).as("browser exit code (-1: killed at the timeout); its log:%n%s", load.stderr())
                .isZero();
        assertThat(load.console()).as("console messages of %s", report.getFileName()).isEmpty();
        int start = load.dom().indexOf("<pre id=\"probe\">");
        assertThat(start).as("the probe ran; DOM:%n%s", load.dom()).isNotNegative();
        String text = load.dom().substring(start + "<pre id=\"probe\">".length(), load.dom().indexOf("</pre>", start))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
        Map<String, int[]> svgs = new LinkedHashMap<>();
        List<String[]> sorts = new ArrayList<>();
        String background = "";
        String heading = "";
        int errors = -1;
        String errorText = "";
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "svg" -> svgs.put(f[1], new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4])});
                case "sort" -> sorts.add(new String[] {f[2], f[3], f[4]});
                case "background" -> background = f[1];
                case "heading" -> heading = f[1];
                case "errors" -> {
                    errors = Integer.parseInt(f[1]);
                    errorText = f[2];
                }
                default -> throw new AssertionError("unexpected probe line: " + line);
            }
        }
        Probe probe = new Probe(svgs, sorts, background, heading, errors, errorText);
        assertThat(probe.errors()).as("uncaught errors: %s", probe.errorText()).isZero();
        return probe;
    }

    /**
     * Ascending after the first click, descending after the second: by number when every cell
     * starts with one (checked against the numbers), else by text (checked as a reversal, since
     * the browser's locale collation is not Java's); and the clicks moved rows somewhere.
     */
    private static void assertSorted(List<String[]> sorts) {
        assertThat(sorts).isNotEmpty();
        int numeric = 0;
        for (String[] sort : sorts) {
            List<String> up = List.of(sort[0].split("\\|", -1));
            List<String> down = List.of(sort[1].split("\\|", -1));
            boolean numbers = up.stream().allMatch(cell -> cell.matches("^-?[0-9.]+.*"));
            List<?> ascending = numbers ? numbers(up) : up;
            List<Object> descending = new ArrayList<>(numbers ? numbers(down) : down);
            Collections.reverse(descending);
            assertThat(descending).as("after two clicks: %s", sort[1]).isEqualTo(ascending);
            if (numbers) {
                numeric++;
                assertThat(numbers(up)).as("after one click: %s", sort[0]).isSorted();
            }
        }
        assertThat(numeric).as("numeric columns checked").isPositive();
        assertThat(sorts).as("some column was not in order before the clicks")
                .anyMatch(sort -> !sort[2].equals(sort[0]) || !sort[2].equals(sort[1]));
    }

    private static List<Double> numbers(List<String> cells) {
        return cells.stream().map(cell -> Double.parseDouble(cell.replaceAll("^(-?[0-9.]+).*$", "$1"))).toList();
    }

    private static int run(String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    /** The console channel works: without it every other check here could pass on a broken page. */
    @Test
    void seesTheConsoleErrorOfABrokenPage() throws Exception {
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html>\n<html><head><title>t</title></head><body>"
                + "<script>notDefinedAnywhere();</script></body></html>\n", StandardCharsets.UTF_8);
        HeadlessChromium.Load load = browser.load(broken, false, TIMEOUT, dir);
        assertThat(load.console()).singleElement().asString().contains("notDefinedAnywhere");
    }

    @Test
    void analysisReportLoadsCleanlyInDarkModeDrawsTheServiceGraphAndSorts() throws Exception {
        Path report = dir.resolve("analysis.html");
        assertThat(run("analyze", "../samples/ecommerce/model.yaml", "--format", "html", "-o", report.toString()))
                .isZero();
        Probe probe = load(report, true);
        assertThat(probe.background()).as("dark colour scheme").isEqualTo("rgb(21, 23, 26)");
        int[] graph = probe.svgs().get("service-graph");
        assertThat(graph).as("service graph").isNotNull();
        assertThat(graph[0]).as("drawn nodes and edges").isGreaterThan(10);
        assertThat(graph[1]).isPositive();
        assertThat(graph[2]).isPositive();
        assertSorted(probe.sorts());
    }

    @Test
    void simulationReportWithHostileNamesLoadsCleanlyAndDrawsEveryChart() throws Exception {
        Path report = dir.resolve("simulation.html");
        try (Writer writer = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new HtmlSimulationRenderer(SampleSimulations.marks()).render(SampleSimulations.report(), writer);
        }
        Probe probe = load(report, false);
        assertThat(probe.svgs()).containsOnlyKeys("scenario-0-cdf", "scenario-0-timeseries", "scenario-0-breakers",
                "scenario-1-timeseries");
        for (Map.Entry<String, int[]> svg : probe.svgs().entrySet()) {
            assertThat(svg.getValue()[0]).as("drawn shapes in %s", svg.getKey()).isGreaterThan(10);
            assertThat(svg.getValue()[1]).as("width of %s", svg.getKey()).isGreaterThan(300);
            assertThat(svg.getValue()[2]).as("height of %s", svg.getKey()).isGreaterThan(100);
        }
        assertThat(probe.heading()).isEqualTo("Scenario " + SampleSimulations.NASTY_SCENARIO + ": FAILED");
        assertThat(probe.background()).isEqualTo("rgb(255, 255, 255)");
        assertSorted(probe.sorts());
    }

    @Test
    void realSimulationReportLoadsCleanlyInDarkMode() throws Exception {
        Path scenarios = dir.resolve("scenarios.yaml");
        Files.writeString(scenarios, """
                scenarios:
                  - name: short
                    duration: 20s
                    warmup: 2s
                    seed: 3
                    workload:
                      open: {rate: 300/s}
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    resilience:
                      defaults:
                        circuitBreaker: {window: 20, minimumCalls: 10, failureRateThreshold: 50%, waitInOpen: 2s}
                    faults: [{at: 5s, for: 7s, fail: {service: PaymentService, rate: 80%}}]
                """);
        Path report = dir.resolve("real.html");
        run("simulate", "scenarios", "../samples/ecommerce/model.yaml", scenarios.toString(), "--format", "html",
                "-o", report.toString());
        Probe probe = load(report, true);
        assertThat(probe.svgs()).containsOnlyKeys("scenario-0-cdf", "scenario-0-timeseries", "scenario-0-breakers");
        probe.svgs().forEach((id, svg) -> assertThat(svg[0]).as("drawn shapes in %s", id).isGreaterThan(10));
        assertThat(probe.background()).as("dark colour scheme").isEqualTo("rgb(21, 23, 26)");
        assertSorted(probe.sorts());
    }

    @Test
    void comparisonReportLoadsCleanlyAndOverlaysBothModelsCdfs() throws Exception {
        Path scenarios = dir.resolve("compare-scenarios.yaml");
        Files.writeString(scenarios, """
                scenarios:
                  - name: short
                    duration: 8s
                    seed: 3
                    workload:
                      open: {rate: 300/s}
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    slos: [{route: POST /orders, p99: 1s}, {availability: 99%}]
                """);
        String model = Files.readString(Path.of("../samples/ecommerce/model.yaml"));
        Path head = dir.resolve("head.yaml");
        Files.writeString(head, model.replace("    deployment: {instances: 2, workers: 8, queue: 50}",
                "    deployment: {instances: 1, workers: 2, queue: 50}"));
        Path report = dir.resolve("compare.html");
        run("simulate", "compare", "../samples/ecommerce/model.yaml", head.toString(), scenarios.toString(),
                "--replications", "2", "--format", "html", "-o", report.toString());
        Probe probe = load(report, false);
        assertThat(probe.svgs()).containsOnlyKeys("scenario-0-cdf");
        assertThat(probe.svgs().get("scenario-0-cdf")[0]).as("drawn curves and dots").isGreaterThan(20);
        assertThat(probe.heading()).isEqualTo("Scenario short: REGRESSED");
        assertSorted(probe.sorts());
    }

    @Test
    void capacityReportLoadsCleanlyDrawsTheInstancesAndSorts() throws Exception {
        Path scenarios = dir.resolve("capacity-scenarios.yaml");
        Files.writeString(scenarios, """
                scenarios:
                  - name: short
                    duration: 4s
                    seed: 5
                    workload:
                      open: {rate: 300/s}
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    slos: [{route: POST /orders, p99: 1s}, {availability: 99%}]
                """);
        Path report = dir.resolve("capacity.html");
        assertThat(run("tune", "capacity", "../samples/ecommerce/model.yaml", scenarios.toString(), "--replications",
                "1", "--format", "html", "-o", report.toString())).isZero();
        Probe probe = load(report, false);
        assertThat(probe.svgs()).containsOnlyKeys("capacity-chart");
        assertThat(probe.svgs().get("capacity-chart")[0]).as("two bars per service and the axis").isEqualTo(9);
        assertThat(probe.heading()).isEqualTo("Capacity per service");
        assertSorted(probe.sorts());
    }

    @Test
    void resilienceReportLoadsCleanlyDrawsItsHeatMapsAndSorts() throws Exception {
        Path scenarios = dir.resolve("resilience-scenarios.yaml");
        Files.writeString(scenarios, Files.readString(Path.of("../samples/flaky-dependency/scenarios.yaml"))
                .replace("duration: 20m", "duration: 1m").replace("for: 20m", "for: 1m")
                .replace("replications: 2", "replications: 1"));
        Path report = dir.resolve("resilience.html");
        run("tune", "resilience", "../samples/flaky-dependency/model.yaml", scenarios.toString(), "--format", "html",
                "-o", report.toString());
        Probe probe = load(report, true);
        assertThat(probe.svgs()).containsOnlyKeys("map-0-0", "map-0-1");
        assertThat(probe.svgs().get("map-0-0")[0]).as("a cell per point").isGreaterThanOrEqualTo(4);
        assertThat(probe.heading()).isEqualTo("Recommended for flaky-pricing");
        assertSorted(probe.sorts());
    }
}
