package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.cli.Main;
import io.mdecomp.cli.config.CliEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;
    private Path model;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyModel() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/check/cyclic.yaml")) {
            model = Files.write(dir.resolve("model.yaml"), in.readAllBytes());
        }
    }

    private int run(Map<String, String> environment, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out), new PrintWriter(err), CliEnvironment.of(environment), args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private void addSecondWriterOfInvoice() throws IOException {
        Files.writeString(model, Files.readString(model) + "  - name: ReportingService\n"
                + "    context: Invoicing\n    team: billing\n    owns: []\n    endpoints:\n"
                + "      - {name: correct, method: PUT, path: /corrections, writes: [Invoice]}\n");
    }

    @Test
    void failsOnAnErrorPassesWithFailOnNeverAndAfterUpdatingTheBaselineFailsAgainOnANewViolation()
            throws IOException {
        String file = model.toString();
        String baseline = dir.resolve("baseline.yaml").toString();
        assertThat(run("check", file)).isEqualTo(1);
        assertThat(out.toString()).contains("[MD001]").contains("check failed");
        assertThat(run("check", file, "--fail-on", "never")).isZero();
        assertThat(run("check", file, "--baseline", baseline, "--update-baseline")).isZero();
        assertThat(err.toString()).contains("wrote 3 accepted findings to " + baseline);
        assertThat(Files.readString(Path.of(baseline))).contains("rule: MD001");
        assertThat(run("check", file, "--baseline", baseline)).isZero();
        assertThat(out.toString()).contains("(baselined)").contains("check passed");
        addSecondWriterOfInvoice();
        assertThat(run("check", file, "--baseline", baseline)).isEqualTo(1);
        assertThat(out.toString()).contains("[MD003]");
    }

    @Test
    void countsInTheSummaryAgreeWithTheirNouns() {
        assertThat(run("check", CliRun.SAMPLE)).isZero();
        assertThat(out.toString()).endsWith("check passed: 0 errors, 0 warnings, 1 note; 1 new, 0 baselined, 0 fixed;"
                + " 0 at or above --fail-on error\n");
    }

    @Test
    void takesTheFailOnLevelFromTheEnvironmentAndTheOptionOverridesIt() {
        assertThat(run(Map.of("MDECOMP_FAIL_ON", "never"), "check", model.toString())).isZero();
        assertThat(run(Map.of("MDECOMP_FAIL_ON", "never"), "check", model.toString(), "--fail-on", "error"))
                .isEqualTo(1);
        assertThat(run(Map.of(), "check", model.toString(), "--fail-on", "note")).isEqualTo(1);
    }

    @Test
    void reportsFixedFindingsWhenTheBaselineHasMore() throws IOException {
        Path baseline = dir.resolve("baseline.yaml");
        addSecondWriterOfInvoice();
        run("check", model.toString(), "--baseline", baseline.toString(), "--update-baseline");
        copyModel();
        assertThat(run("check", model.toString(), "--baseline", baseline.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/check/passed").asBoolean()).isTrue();
        assertThat(json.at("/check/fixed/0/rule").asText()).isEqualTo("MD003");
    }

    @Test
    void writesSarifJUnitAndMarkdownToAFile() throws IOException {
        Path sarif = dir.resolve("out/check.sarif");
        assertThat(run("check", model.toString(), "--format", "sarif", "-o", sarif.toString())).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(Files.readString(sarif, StandardCharsets.UTF_8));
        assertThat(json.at("/runs/0/results/0/ruleId").asText()).isEqualTo("MD001");
        assertThat(run("check", model.toString(), "--format", "junit")).isEqualTo(1);
        assertThat(out.toString()).startsWith("<?xml").contains("<failure type=\"error\"");
        assertThat(run("check", model.toString(), "--format", "markdown")).isEqualTo(1);
        assertThat(out.toString()).contains("```mermaid");
    }

    @Test
    void rejectsBadUsageAndBadBaselinesWithExitCodeTwo() throws IOException {
        assertThat(run("check", model.toString(), "--fail-on", "fatal")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown level 'fatal' (known: error, warning, note, never)");
        assertThat(run("check", model.toString(), "--update-baseline")).isEqualTo(2);
        assertThat(err.toString()).contains("--update-baseline needs a baseline file");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "version: 1\nfindings:\n  - rule: MD999\n    subjects: [A]\n");
        assertThat(run("check", model.toString(), "--baseline", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.yaml:3:11: error: unknown rule 'MD999'");
        assertThat(err.toString()).doesNotContain("Exception");
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), "version: 1\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("check", model.toString(), "--baseline", latin1.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(latin1 + ":2:6: error: file is not valid UTF-8: byte 0xE9 at offset 16");
        assertThat(run("check", model.toString(), "--baseline", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dir + ": error: the baseline is a directory; give a file name [io]");
    }

    @Test
    void aMistypedBaselinePathIsNamedOnStderrAndCountsAsEmpty() throws IOException {
        Path baseline = dir.resolve("baseline.yaml");
        assertThat(run("check", model.toString(), "--baseline", baseline.toString(), "--update-baseline")).isZero();
        Path typo = dir.resolve("baseline.yml");
        assertThat(run("check", model.toString(), "--baseline", typo.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(typo + ": warning: baseline file not found, so every finding counts as new;"
                + " check the path, or create the file with --update-baseline [baseline]\n");
        assertThat(run("check", model.toString(), "--baseline", baseline.toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aJsonBaselineIsWrittenAsJsonAndReadBack() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        assertThat(run("check", model.toString(), "--baseline", baseline.toString(), "--update-baseline")).isZero();
        JsonNode json = new ObjectMapper().readTree(Files.readString(baseline));
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("findings").size()).isEqualTo(3);
        assertThat(json.get("findings").get(0).get("rule").asText()).isEqualTo("MD001");
        assertThat(run("check", model.toString(), "--baseline", baseline.toString())).isZero();
        assertThat(out.toString()).contains("(baselined)").contains("check passed");
    }
}
