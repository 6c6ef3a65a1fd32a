package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.cli.Golden;
import io.mdecomp.cli.config.CliEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void analyzesTheSampleAsGoldenText() {
        CliRun run = CliRun.run("analyze", CliRun.SAMPLE);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        Golden.assertMatches("analyze-ecommerce.txt", run.out());
    }

    @Test
    void analyzesTheSampleAsGoldenJson() throws IOException {
        CliRun run = CliRun.run("analyze", CliRun.SAMPLE, "--format", "json");
        assertThat(run.code()).isZero();
        Golden.assertMatches("analyze-ecommerce.json", run.out());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("system").asText()).isEqualTo("ecommerce");
        assertThat(root.get("services").size()).isPositive();
    }

    @Test
    void writesTheReportToAFileAndNothingToStdout() throws IOException {
        Path report = dir.resolve("out/report.json");
        CliRun run = CliRun.run("analyze", CliRun.SAMPLE, "--format", "json", "-o", report.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).isEqualTo(CliRun.run("analyze", CliRun.SAMPLE, "--format", "json").out());
    }

    @Test
    void badModelExitsTwoWithDiagnosticsOnStderrAndNoOutputFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "system: x\nversion: 1\nservices: [{name: A}]\n");
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.run("analyze", bad.toString(), "-o", report.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(bad + ":").contains(": error: ").doesNotContain("\tat ");
        assertThat(report).doesNotExist();
    }

    @Test
    void unknownFormatIsBadUsage() {
        CliRun run = CliRun.run("analyze", CliRun.SAMPLE, "--format", "xml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("xml");
        assertThat(run.err().toLowerCase(java.util.Locale.ROOT)).contains("text", "json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outputIntoADirectoryIsBadInput() {
        CliRun run = CliRun.run("analyze", CliRun.SAMPLE, "-o", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is a directory");
    }

    @Test
    void badConfigExitsTwoWithItsLocation() throws IOException {
        Path config = Files.writeString(dir.resolve("settings.yaml"), "failOn: loud\n");
        CliRun run = CliRun.run("analyze", CliRun.SAMPLE, "--config", config.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(config + ":1:9: error: unknown fail-on level 'loud' (known: error, warning, "
                + "note, never) [value]\n");
    }

    @Test
    void environmentSwitchesRulesOff() throws IOException {
        Map<String, String> off = new java.util.TreeMap<>();
        for (int i = 1; i <= 16; i++) {
            off.put(String.format("MDECOMP_RULE_MD%03d_ENABLED", i), "false");
        }
        CliRun run = CliRun.run(CliEnvironment.of(off), "analyze", CliRun.SAMPLE, "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("findings")).isEmpty();
    }

    @Test
    void coloursOnlyATerminalWithoutNoColor() {
        CliEnvironment terminal = new CliEnvironment(Map.of(), true, false);
        assertThat(CliRun.run(terminal, "analyze", CliRun.SAMPLE).out()).contains("\u001b[");
        assertThat(CliRun.run(terminal, "analyze", CliRun.SAMPLE, "--no-color").out()).doesNotContain("\u001b[");
        CliEnvironment noColor = new CliEnvironment(Map.of("NO_COLOR", "1"), true, false);
        assertThat(CliRun.run(noColor, "analyze", CliRun.SAMPLE).out()).doesNotContain("\u001b[");
    }

    @Test
    void showsProgressOnlyOnATerminalStderrAndKeepsStdoutClean() {
        CliEnvironment terminal = new CliEnvironment(Map.of(), false, true);
        CliRun shown = CliRun.run(terminal, "analyze", CliRun.SAMPLE);
        assertThat(shown.err()).contains("analyze");
        assertThat(shown.out()).isEqualTo(CliRun.run("analyze", CliRun.SAMPLE).out());
        assertThat(CliRun.run(terminal, "analyze", CliRun.SAMPLE, "--no-progress").err()).isEmpty();
        CliEnvironment ci = new CliEnvironment(Map.of("CI", "true"), false, true);
        assertThat(CliRun.run(ci, "analyze", CliRun.SAMPLE).err()).isEmpty();
    }

    @Test
    void aMisspeltVariableIsNamedOnStderrAndTheReportIsUnchanged() {
        CliRun run = CliRun.run(CliEnvironment.of(Map.of("MDECOMP_RULE_MD013_ENABLED", "false", "MDECOMP_FAIL_0N", "note")),
                "analyze", CliRun.SAMPLE);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEqualTo("MDECOMP_FAIL_0N: warning: mdecomp does not read this variable, so it has no"
                + " effect; did you mean MDECOMP_FAIL_ON? [unknown-variable]\n");
        assertThat(run.out()).contains("0 findings");
    }

    @Test
    void ciFormatsOfAnalyzeAreHeadedAnalyzeNotCheck() {
        CliRun markdown = CliRun.run("analyze", CliRun.SAMPLE, "--format", "markdown");
        assertThat(markdown.code()).isZero();
        assertThat(markdown.out()).startsWith("## mdecomp analyze: ecommerce — ")
                .contains("<details><summary>4 services, 9 dependencies</summary>");
        CliRun junit = CliRun.run("analyze", CliRun.SAMPLE, "--format", "junit");
        assertThat(junit.out()).contains("<testsuites name=\"mdecomp analyze\"").doesNotContain("mdecomp check");
    }

    @Test
    void helpListsTheFormats() {
        CliRun run = CliRun.run("analyze", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("text, json", "--config", "-o, --output");
    }
}
