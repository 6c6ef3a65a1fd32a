package io.mdecomp.codegen.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {

    @TempDir
    Path dir;

    private final PackLoader loader = new PackLoader();

    @Test
    void loadsBothBuiltinPacks() {
        TemplatePack spring = loader.load("spring-boot", dir);
        assertThat(spring.isBuiltin()).isTrue();
        assertThat(spring.manifest().name()).isEqualTo("spring-boot");
        assertThat(spring.manifest().templates()).extracting(TemplateSpec::scope)
                .contains(Scope.SYSTEM, Scope.SERVICE, Scope.ENTITY, Scope.CLIENT, Scope.EVENT);
        assertThat(loader.load("java-plain", dir).manifest().templates()).hasSizeGreaterThan(10);
    }

    @Test
    void loadsAUsersPackFromAFolder() throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "name: mine\ntemplates:\n  - {template: a.ftl, scope: service, output: \"${service.artifactId}.txt\"}\n");
        Files.writeString(dir.resolve("a.ftl"), "${service.name}\n");
        TemplatePack pack = loader.load(dir.toString(), Path.of("."));
        assertThat(pack.isBuiltin()).isFalse();
        assertThat(pack.manifest().templates()).singleElement().satisfies(t -> {
            assertThat(t.template()).isEqualTo("a.ftl");
            assertThat(t.output()).isEqualTo("${service.artifactId}.txt");
            assertThat(t.location().line()).isEqualTo(3);
            assertThat(t.location().column()).isEqualTo(5);
        });
    }

    @Test
    void refusesAnUnknownPackNameListingTheBuiltinOnes() {
        assertThatThrownBy(() -> loader.load("quarkus", dir)).isInstanceOf(InputException.class)
                .hasMessage("quarkus:1:1: error: unknown template pack 'quarkus' (built-in: spring-boot, java-plain;"
                        + " or give a folder holding pack.yaml) [template]");
    }

    @Test
    void reportsEveryManifestProblemWithItsLocation() throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), String.join("\n",
                "name: bad",
                "colour: red",
                "templates:",
                "  - {template: a.ftl, scope: galaxy, output: x}",
                "  - {template: b.ftl, output: y}",
                "  - {template: ../../etc/passwd, scope: system, output: z}",
                ""));
        assertThatThrownBy(() -> loader.directory(dir)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).diagnostics()).extracting(Diagnostic::message).containsExactly(
                        "unknown key 'colour' in the pack manifest (known: description, name, templates)",
                        "'scope' must be one of system, service, entity, client, event, got 'galaxy'",
                        "a template entry is missing the required key 'scope'"));
    }

    @Test
    void refusesTemplatesOutsideThePackFolder() throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "name: p\ntemplates:\n  - {template: ../../etc/passwd, scope: system, output: z}\n");
        assertThatThrownBy(() -> loader.directory(dir)).isInstanceOf(InputException.class)
                .hasMessageEndingWith(":3:5: error: template '../../etc/passwd' is not inside the pack folder;"
                        + " templates are named relative to the folder holding pack.yaml [template]");
    }

    @Test
    void refusesAFolderWithoutManifest() {
        assertThatThrownBy(() -> loader.directory(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("has no pack.yaml; see docs/templates.md");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLocation() throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "name: p\ntemplates: [\n");
        assertThatThrownBy(() -> loader.directory(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("pack.yaml:3:1: error: YAML syntax error: ");
    }
}
