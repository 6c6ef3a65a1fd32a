package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    @Test
    void generatesSpringBootSkeletonsForTheSample() {
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Wrote ").contains("for 4 services (pack spring-boot)", " 0 kept, 0 in conflict");
        assertThat(out().resolve("order-service/pom.xml")).content().contains("spring-boot-starter-webmvc");
        assertThat(out().resolve("docker-compose.yml")).exists();
        assertThat(out().resolve(".mdecomp/generated.json")).exists();
    }

    @Test
    void dryRunListsTheFilesAndWritesNothing() {
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template",
                "java-plain", "--dry-run");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("would create pom.xml\n", "would create order-service/pom.xml\n")
                .contains("Would write ");
        assertThat(out()).doesNotExist();
    }

    @Test
    void regenerationMergesHandEditsAndReportsConflictsWithExitCodeOne() throws IOException {
        CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template", "java-plain");
        Path readme = out().resolve("README.md");
        String generated = Files.readString(readme);
        Files.writeString(readme, generated + "\nOur own notes.\n");
        Path compose = out().resolve("docker-compose.yml");
        Files.writeString(compose, Files.readString(compose).replaceFirst("services:\n", "services:\n  # ours\n"));
        Files.writeString(out().resolve("pom.xml"), "ours entirely\n");
        String older = olderBase("pom.xml", base -> base.replace("<modules>", "<modules><!-- an older generation -->"));
        Files.writeString(out().resolve(".mdecomp/generated.json"), Files.readString(out().resolve(".mdecomp/generated.json"))
                .replaceAll("(\"pom.xml\": \")[0-9a-f]+", "$1" + sha256(older)));

        CliRun again = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template", "java-plain");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.out()).contains(" 1 in conflict\n")
                .contains("1 file changed by hand where the new generation changes the same lines: resolve the conflict"
                        + " markers (the new generation is beside each as FILE.mdecomp-new), then delete the .mdecomp-new"
                        + " file:\n  pom.xml  (pom.xml.mdecomp-new)\n");
        assertThat(readme).hasContent(generated + "\nOur own notes.\n");
        assertThat(compose).content().contains("  # ours\n");
        assertThat(out().resolve("pom.xml")).content().startsWith("<<<<<<< yours\nours entirely\n");
        assertThat(out().resolve("pom.xml.mdecomp-new")).content().contains("<modules>\n");

        CliRun forced = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template",
                "java-plain", "--force");
        assertThat(forced.code()).isZero();
        assertThat(forced.out()).contains(" 0 kept, 0 in conflict");
        assertThat(readme).hasContent(generated);
    }

    /**
     * Makes the kept generation of {@code path} (its entry in {@code .mdecomp/base.zip}) an older
     * one, {@code older} of it, as if the model had changed since; returns that older generation.
     */
    private String olderBase(String path, UnaryOperator<String> older) throws IOException {
        Path archive = out().resolve(".mdecomp/base.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        String text = older.apply(new String(entries.get(path), StandardCharsets.UTF_8));
        entries.put(path, text.getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return text;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesATemplateWritingOutsideTheOutputDirectory() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("pack.yaml"), "name: evil\ntemplates:\n  - {template: t.ftl, scope: system, output: ../../etc/passwd}\n");
        Files.writeString(pack.resolve("t.ftl"), "x");
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template", pack.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("pack.yaml:3:5: error: template 't.ftl' has output '../../etc/passwd': refusing to write it")
                .endsWith("[unsafe-path]\n");
        assertThat(dir.resolve("etc")).doesNotExist();
        assertThat(out()).doesNotExist();
    }

    @Test
    void aBrokenModelIsReportedBeforeAnUnknownPack() throws IOException {
        Path model = Files.writeString(dir.resolve("broken.yaml"), "name: [unclosed\n");
        CliRun run = CliRun.run("generate", "skeletons", model.toString(), "--out", out().toString(), "--template",
                dir.resolve("no-such-pack").toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).startsWith(model.toString()).doesNotContain("no-such-pack");
        assertThat(out()).doesNotExist();
    }

    @Test
    void anUnknownPackIsReportedWhenTheModelIsGood() {
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template",
                dir.resolve("no-such-pack").toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("no-such-pack");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aTemplateSyntaxErrorIsReportedAtItsLine() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(pack.resolve("pack.yaml"), "name: broken\ntemplates:\n"
                + "  - {template: t.ftl, scope: service, output: \"${service.artifactId}.txt\"}\n");
        Files.writeString(pack.resolve("t.ftl"), "ok\n<#if>\n");
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template", pack.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).startsWith(pack.toRealPath() + "/t.ftl:2:").endsWith("[template]\n")
                .doesNotContain("earlier attempt");
        assertThat(out()).doesNotExist();
    }

    @Test
    void refusesATemplateThatInstantiatesAClass() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("pack.yaml"), "name: evil\ntemplates:\n  - {template: t.ftl, scope: system, output: x.txt}\n");
        Files.writeString(pack.resolve("t.ftl"), "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template", pack.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("t.ftl:1:", "Instantiating freemarker.template.utility.Execute is not allowed")
                .doesNotContain("\tat ");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aRecoveredAttemptIsAWarningAndTheRunSucceeds() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("pack.yaml"), "name: evil\ntemplates:\n  - {template: t.ftl, scope: system, output: x.txt}\n");
        Files.writeString(pack.resolve("t.ftl"), "<#attempt><#assign ex = \"freemarker.template.utility.Execute\"?new()>"
                + "${ex(\"id\")}<#recover>recovered</#attempt>");
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template", pack.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEqualTo(pack.toRealPath() + "/t.ftl:1:11: warning: an #attempt block failed and its #recover"
                + " part was used instead: Instantiating freemarker.template.utility.Execute is not allowed in the template"
                + " for security reasons. [template]\n");
        assertThat(out().resolve("x.txt")).hasContent("recovered");
    }

    @Test
    void endlessTemplateRecursionIsBadInput() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("pack.yaml"), "name: evil\ntemplates:\n  - {template: t.ftl, scope: system, output: x.txt}\n");
        Files.writeString(pack.resolve("t.ftl"), "<#macro m><@m/></#macro><@m/>");
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template", pack.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith(pack.toRealPath() + "/t.ftl:1:11: error: template elements nest deeper than 400 levels")
                .endsWith("[template]\n").doesNotContain("\tat ");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aScenarioSetsTheClientsResilience() throws IOException {
        String scenarios = CliRun.SAMPLE.replace("model.yaml", "scenarios.yaml");
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, scenarios, "--scenario", "slow-payments-contained",
                "--out", out().toString(), "--template", "java-plain");
        assertThat(run.code()).as(run.err()).isZero();
        Path clients = out().resolve("order-service/src/main/java/com/example/ecommerce/orderservice/client");
        assertThat(clients.resolve("PaymentServiceClient.java")).content()
                .contains("with scenario slow-payments-contained:", "Duration.ofMillis(2000)", "new Semaphore(24)",
                        "new CircuitBreaker(true, 10, 20, 50,\n                50, Duration.ofMillis(500), Duration.ofMillis(10000), 5)",
                        " * no retry;");
        assertThat(clients.resolve("CustomerServiceClient.java")).content()
                .as("the model's 300 ms beat the scenario's default 2 s").contains("Duration.ofMillis(300)");

        CliRun budget = CliRun.run("generate", "skeletons", CliRun.SAMPLE, scenarios, "--scenario", "steady-state",
                "--out", dir.resolve("steady").toString(), "--template", "java-plain");
        assertThat(budget.code()).isZero();
        assertThat(budget.err()).contains("scenario 'steady-state' uses retry budgets, which the generated clients do not have");
    }

    @Test
    void anUnknownOrMissingScenarioIsBadUsage() {
        String scenarios = CliRun.SAMPLE.replace("model.yaml", "scenarios.yaml");
        CliRun unknown = CliRun.run("generate", "skeletons", CliRun.SAMPLE, scenarios, "--scenario", "black-friday",
                "--out", out().toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown scenario 'black-friday'", "(known: steady-state, ");
        CliRun which = CliRun.run("generate", "skeletons", CliRun.SAMPLE, scenarios, "--out", out().toString());
        assertThat(which.code()).isEqualTo(2);
        assertThat(which.err()).contains("scenarios: name one with --scenario");
        CliRun noFile = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--scenario", "steady-state", "--out", out().toString());
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).contains("--scenario steady-state needs the scenario file");
        assertThat(out()).doesNotExist();
    }

    @Test
    void unknownPackIsBadUsage() {
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", out().toString(), "--template", "rails");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown template pack 'rails' (built-in: spring-boot, java-plain");
    }

    @Test
    void badModelIsReportedWithItsLocation() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "system: x\nversion: 1\ndomainz: []\n");
        CliRun run = CliRun.run("generate", "skeletons", bad.toString(), "--out", out().toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":3:1: error:");
        assertThat(out()).doesNotExist();
    }

    @Test
    void outIsRequired() {
        CliRun run = CliRun.run("generate", "skeletons", CliRun.SAMPLE);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--out");
    }

    @Test
    void sameModelWritesTheSameBytes() throws IOException {
        CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", dir.resolve("a").toString());
        CliRun.run("generate", "skeletons", CliRun.SAMPLE, "--out", dir.resolve("b").toString());
        try (Stream<Path> files = Files.walk(dir.resolve("a"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = dir.resolve("b").resolve(dir.resolve("a").relativize(file));
                assertThat(Files.readAllBytes(twin)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
            }
        }
    }
}
