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
 * {@code mdecomp tune resilience}: the Pareto table and the recommended block in every format, the
 * block written to a file, bad input. The ranking itself is checked against a hand computation in
 * the simulator's tests on the full flaky-dependency sample; this runs a shorter copy.
 */
class TuneResilienceCommandTest {

    private static final String MODEL = "../samples/flaky-dependency/model.yaml";

    @TempDir
    Path dir;

    private String scenarios() throws IOException {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, Files.readString(Path.of("../samples/flaky-dependency/scenarios.yaml"))
                .replace("duration: 20m", "duration: 2m").replace("for: 20m", "for: 2m")
                .replace("replications: 2", "replications: 1"));
        return file.toString();
    }

    @Test
    void recommendsTheBestPointsBlockAndWritesIt() throws IOException {
        Path out = dir.resolve("resilience.yaml");
        CliRun run = CliRun.run("tune", "resilience", MODEL, scenarios(), "--threads", "2", "--resilience-out",
                out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Scenario flaky-pricing: 4 points × 1 replication")
                .contains("Pareto front of flaky-pricing")
                .contains("Recommended for flaky-pricing (meets every objective): resilience.calls.ShopService ->"
                        + " PricingService.circuitBreaker.failureRateThreshold = 60%")
                .contains("      circuitBreaker: {window: 100, minimumCalls: 100, failureRateThreshold: 60%,");
        assertThat(Files.readString(out)).startsWith("# Recommended for scenario 'flaky-pricing' (meets every"
                + " objective): resilience.calls.ShopService -> PricingService.circuitBreaker.failureRateThreshold = 60%\n"
                + "resilience:\n  calls:\n    \"ShopService -> PricingService\":\n");

        CliRun json = CliRun.run("tune", "resilience", MODEL, scenarios(), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.path("kind").asText()).isEqualTo("resilience");
        assertThat(report.at("/scenarios/0/ranking").toString()).isEqualTo("[2,3,1,0]");
        JsonNode recommendation = report.at("/recommendations/0");
        assertThat(recommendation.path("point").asInt()).isEqualTo(2);
        assertThat(recommendation.path("pareto").toString()).isEqualTo("[2,3]");
        assertThat(recommendation.path("yaml").asText()).isEqualTo(Files.readString(out).lines().skip(1)
                .reduce("", (a, b) -> a + b + "\n"));

        CliRun html = CliRun.run("tune", "resilience", MODEL, scenarios(), "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<table class=\"sortable pareto-front\">")
                .contains("<h2>Recommended for flaky-pricing</h2>").contains("failureRateThreshold: 60%")
                .contains("<table class=\"sortable points\">").endsWith("</html>\n");
    }

    @Test
    void writesTheSettingsAndTheReportBothOrNeitherAndNeverOverAnInput() throws IOException {
        String file = scenarios();
        Path out = dir.resolve("resilience.yaml");
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        CliRun failed = CliRun.run("tune", "resilience", MODEL, file, "--resilience-out", out.toString(),
                "-o", folder.toString());
        assertThat(failed.code()).as(failed.err()).isEqualTo(2);
        assertThat(failed.err()).contains(folder + ": is a directory");
        assertThat(out).doesNotExist();
        CliRun over = CliRun.run("tune", "resilience", MODEL, file, "--resilience-out", file);
        assertThat(over.code()).isEqualTo(2);
        assertThat(over.err()).contains("--resilience-out " + file + " is the input SCENARIOS");
        CliRun same = CliRun.run("tune", "resilience", MODEL, file, "--resilience-out", out.toString(),
                "-o", out.toString());
        assertThat(same.err()).contains("-o and --resilience-out name the same file");
        assertThat(out).doesNotExist();
    }

    @Test
    void sweepsOverAnythingButResilienceAreRefused() throws IOException {
        Path file = dir.resolve("rates.yaml");
        Files.writeString(file, Files.readString(Path.of(scenarios())).replace(
                "path: \"resilience.calls.ShopService -> PricingService.circuitBreaker.failureRateThreshold\"",
                "path: workload.open.rate").replace("values: [10%, 20%, 60%, 90%]", "values: [10/s, 20/s]"));
        CliRun run = CliRun.run("tune", "resilience", MODEL, file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":27:11: error: tune resilience sweeps resilience settings only")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(CliRun.run("tune", "resilience", MODEL, scenarios(), "--scenario", "nope").err())
                .contains("unknown scenario 'nope'");
        assertThat(CliRun.run("tune", "resilience", MODEL, scenarios(), "--threads", "0").err())
                .contains("--threads must lie in [1, 1024]");
    }
}
