package io.mdecomp.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.analysis.check.FailOn;
import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.graph.Priority;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    @TempDir
    Path dir;

    private Path model() throws IOException {
        return Files.writeString(dir.resolve("model.yaml"), "system: x\n");
    }

    private Path config(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> messages(InputException e) {
        return e.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void givesTheDefaultsWithoutFileOrEnvironment() throws IOException {
        Settings settings = SettingsLoader.load(model(), Optional.empty(), Map.of());
        assertThat(settings.failOn()).isEqualTo(FailOn.ERROR);
        assertThat(settings.analysis().sizeBandMin()).isEqualTo(2);
        assertThat(settings.analysis().sizeBandMax()).isEqualTo(10);
        assertThat(settings.analysis().rule(RuleId.MD008).threshold()).hasValue(0.5);
        assertThat(settings.configFile()).isEmpty();
    }

    @Test
    void readsEveryKnownKeyOfTheFileBesideTheModel() throws IOException {
        config("mdecomp.yaml", """
                failOn: warning
                rules:
                  MD008: {severity: error, threshold: 0.4, enabled: true}
                  MD013: {enabled: false}
                priorities: {semantic-proximity: L, storage: ignore}
                sizeBand: {min: 3, max: 12}
                baseline: baseline.json
                propose: {algorithm: louvain, resolution: 1.5, seed: 7, preferEvents: true}
                simulate: {anything: goes}
                """);
        Settings settings = SettingsLoader.load(model(), Optional.empty(), Map.of());
        assertThat(settings.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(settings.analysis().rule(RuleId.MD008).severity()).isEqualTo(Severity.ERROR);
        assertThat(settings.analysis().rule(RuleId.MD008).threshold()).hasValue(0.4);
        assertThat(settings.analysis().rule(RuleId.MD013).enabled()).isFalse();
        assertThat(settings.analysis().priority(Criterion.SEMANTIC_PROXIMITY)).isEqualTo(Priority.L);
        assertThat(settings.analysis().priority(Criterion.STORAGE)).isEqualTo(Priority.IGNORE);
        assertThat(settings.analysis().priority(Criterion.LATENCY)).isEqualTo(Priority.M);
        assertThat(settings.analysis().sizeBandMin()).isEqualTo(3);
        assertThat(settings.analysis().sizeBandMax()).isEqualTo(12);
        assertThat(settings.baseline()).contains(dir.toAbsolutePath().resolve("baseline.json"));
        assertThat(settings.propose().algorithm()).contains("louvain");
        assertThat(settings.propose().resolution()).hasValue(1.5);
        assertThat(settings.propose().seed()).hasValue(7);
        assertThat(settings.propose().preferEvents()).contains(true);
        assertThat(settings.configFile()).isPresent();
    }

    @Test
    void explicitConfigReplacesTheFileBesideTheModel() throws IOException {
        config("mdecomp.yaml", "failOn: warning\n");
        Path other = config("team.yaml", "failOn: note\n");
        Settings settings = SettingsLoader.load(model(), Optional.of(other), Map.of());
        assertThat(settings.failOn()).isEqualTo(FailOn.NOTE);
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        config("mdecomp.yaml", "failOn: warning\nrules: {MD008: {threshold: 0.4}}\n");
        Settings settings = SettingsLoader.load(model(), Optional.empty(), Map.of(
                "MDECOMP_FAIL_ON", "never",
                "MDECOMP_RULE_MD008_THRESHOLD", "0.7",
                "MDECOMP_RULE_MD001_SEVERITY", "warning",
                "MDECOMP_PRIORITY_SEMANTIC_PROXIMITY", "xl",
                "MDECOMP_SIZE_BAND_MAX", "20",
                "MDECOMP_PROPOSE_SEED", "99",
                "MDECOMP_PROPOSE_PREFER_EVENTS", "true",
                "MDECOMP_JAVA_OPTS", "-Xmx1g"));
        assertThat(settings.failOn()).isEqualTo(FailOn.NEVER);
        assertThat(settings.analysis().rule(RuleId.MD008).threshold()).hasValue(0.7);
        assertThat(settings.analysis().rule(RuleId.MD001).severity()).isEqualTo(Severity.WARNING);
        assertThat(settings.analysis().priority(Criterion.SEMANTIC_PROXIMITY)).isEqualTo(Priority.XL);
        assertThat(settings.analysis().sizeBandMax()).isEqualTo(20);
        assertThat(settings.propose().seed()).hasValue(99);
        assertThat(settings.propose().preferEvents()).contains(true);
    }

    @Test
    void commandLineOptionsAreTheLastLayer() throws IOException {
        Settings settings = SettingsLoader.load(model(), Optional.empty(), Map.of("MDECOMP_FAIL_ON", "note"))
                .withFailOn(FailOn.ERROR);
        assertThat(settings.failOn()).isEqualTo(FailOn.ERROR);
    }

    @Test
    void reportsEveryProblemOfTheFileAtOnceWithLocations() throws IOException {
        Path file = config("bad.yaml", """
                failOn: sometimes
                rulez: {}
                rules:
                  MD099: {enabled: true}
                  MD001: {threshold: 2}
                  MD008: {severity: fatal, threshold: high, enabeld: true}
                priorities: {semantic-proximty: L, latency: huge}
                sizeBand: {min: 5, max: 3}
                propose: {algorithm: kmeans, resolution: 0, preferEvents: sometimes}
                """);
        assertThatThrownBy(() -> SettingsLoader.load(model(), Optional.of(file), Map.of()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(messages(e)).containsExactly(
                        file + ":1:9: error: unknown fail-on level 'sometimes' (known: error, warning, note, never) [value]",
                        file + ":2:1: error: unknown key 'rulez' in the configuration; did you mean 'rules'? [unknown-key]",
                        file + ":4:3: error: unknown rule 'MD099'; did you mean 'MD009'? (known: MD001, MD002, MD003, MD004, MD005, MD006,"
                                + " MD007, MD008, MD009, MD010, MD011, MD012, MD013, MD014, MD015, MD016) [unknown-key]",
                        file + ":5:22: error: MD001 has no threshold (rules with one: MD006, MD007, MD008, MD009,"
                                + " MD010, MD014) [value]",
                        file + ":6:21: error: unknown severity 'fatal' (known: error, warning, note) [value]",
                        file + ":6:39: error: expected a number, got 'high' [type]",
                        file + ":6:45: error: unknown key 'enabeld' in rule MD008; did you mean 'enabled'? [unknown-key]",
                        file + ":7:14: error: unknown criterion 'semantic-proximty'; did you mean 'semantic-proximity'?"
                                + " (known: identity-and-lifecycle, semantic-proximity, shared-owner, latency, code-cohesion,"
                                + " structural-volatility, content-volatility, consistency, availability, storage,"
                                + " security-criticality, security-zone, pinned-service) [unknown-key]",
                        file + ":7:45: error: unknown priority 'huge' (known: ignore, XS, S, M, L, XL, XXL) [value]",
                        file + ":8:11: error: size band needs 0 <= min <= max, got min 5 and max 3 [value]",
                        file + ":9:22: error: unknown algorithm 'kmeans' (known: leiden, louvain, girvan-newman,"
                                + " label-propagation) [value]",
                        file + ":9:42: error: resolution must be > 0, got 0 [value]",
                        file + ":9:59: error: expected true or false, got 'sometimes' [type]"));
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLocation() throws IOException {
        Path file = config("broken.yaml", "failOn: [warning\nrules: {}\n");
        assertThatThrownBy(() -> SettingsLoader.load(model(), Optional.of(file), Map.of()))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.diagnostics()).hasSize(1);
                    assertThat(e.diagnostics().get(0).code()).isEqualTo("syntax");
                    assertThat(e.diagnostics().get(0).location().line()).isEqualTo(2);
                });
    }

    @Test
    void reportsDuplicateKeys() throws IOException {
        Path file = config("dup.yaml", "failOn: warning\nfailOn: note\n");
        assertThatThrownBy(() -> SettingsLoader.load(model(), Optional.of(file), Map.of()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(messages(e)).containsExactly(
                        file + ":2:1: error: duplicate key 'failOn' in the configuration (first at line 1) [duplicate-key]"));
    }

    @Test
    void reportsAMissingExplicitConfig() throws IOException {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> SettingsLoader.load(model(), Optional.of(missing), Map.of()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(messages(e)).containsExactly(
                        missing + ":1:1: error: configuration file not found (given with --config) [file]"));
    }

    @Test
    void reportsAConfigThatIsNotUtf8() throws IOException {
        Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'f', 'a', 'i', 'l', 'O', 'n', ':', ' ',
            (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> SettingsLoader.load(model(), Optional.of(file), Map.of()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(messages(e)).containsExactly(
                        file + ":1:9: error: file is not valid UTF-8: byte 0xE9 at offset 8 cannot be decoded; save the file as UTF-8"
                                + " [encoding]"));
    }

    @Test
    void reportsADirectoryGivenAsConfig() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("conf"));
        assertThatThrownBy(() -> SettingsLoader.load(model(), Optional.of(sub), Map.of()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(messages(e)).containsExactly(
                        sub + ": error: is a directory, not a file; pass a YAML file [io]"));
    }

    @Test
    void acceptsAnEmptyConfig() throws IOException {
        config("mdecomp.yaml", "");
        assertThat(SettingsLoader.load(model(), Optional.empty(), Map.of()).failOn()).isEqualTo(FailOn.ERROR);
    }

    @Test
    void reportsBadEnvironmentValuesNamingTheVariable() throws IOException {
        assertThatThrownBy(() -> SettingsLoader.load(model(), Optional.empty(), Map.of(
                "MDECOMP_FAIL_ON", "loud", "MDECOMP_RULE_MD077_SEVERITY", "note", "MDECOMP_SIZE_BAND_MIN", "two")))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(messages(e)).containsExactly(
                        "MDECOMP_FAIL_ON: error: unknown fail-on level 'loud' (known: error, warning, note, never) [value]",
                        "MDECOMP_RULE_MD077_SEVERITY: error: unknown rule 'MD077' (known: MD001 .. MD016) [unknown-key]",
                        "MDECOMP_SIZE_BAND_MIN: error: expected a whole number, got 'two' [type]"));
    }

    @Test
    void warnsAboutMisspeltVariablesWithTheClosestKnownName() {
        assertThat(SettingsLoader.unknownVariables(Map.of("MDECOMP_FAILON", "never", "MDECOMP_RULE_MD008_THRESHOLD", "0.7",
                "MDECOMP_JAVA_OPTS", "-Xmx1g", "MDECOMP_PROGRAM", "./mdecomp", "MDECOMP_PROPOSE_SEEDS", "3",
                "MDECOMP_COLOUR", "no", "PATH", "/bin")).stream().map(Diagnostic::format))
                .containsExactly("MDECOMP_COLOUR: warning: mdecomp does not read this variable, so it has no effect"
                        + " (known: MDECOMP_FAIL_ON, MDECOMP_BASELINE, MDECOMP_SIZE_BAND_MIN|MAX, MDECOMP_PRIORITY_<CRITERION>,"
                        + " MDECOMP_RULE_<ID>_<SETTING>, MDECOMP_PROPOSE_<SETTING>) [unknown-variable]",
                        "MDECOMP_FAILON: warning: mdecomp does not read this variable, so it has no effect;"
                        + " did you mean MDECOMP_FAIL_ON? [unknown-variable]",
                        "MDECOMP_PROPOSE_SEEDS: warning: mdecomp does not read this variable, so it has no effect;"
                        + " did you mean MDECOMP_PROPOSE_SEED? [unknown-variable]");
    }
}
