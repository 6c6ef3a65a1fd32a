package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJavaCommandTest {

    private static final Path SHOP = Path.of("..", "importer", "src", "test", "resources", "codebases",
            "jpa-spring-mvc");

    @Test
    void writesAModelThatValidatesAnalysesAndProposesAndAReport(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("shop.yaml");
        Path report = dir.resolve("import.md");
        CliRun run = CliRun.run("import", "java", SHOP.toString(), "-o", model.toString(), "--report", report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("imported 5 entities, 5 endpoints and 22 components; report in");
        String yaml = Files.readString(model);
        assertThat(yaml).contains("# src/main/java/com/example/shop/order/Order.java:17\n          - name: Order\n");
        DomainModel read = ModelReader.read(model);
        assertThat(read.components()).filteredOn(c -> c.kind() == ComponentKind.VIEW).hasSize(3);
        assertThat(Files.readString(report)).startsWith("# Import of jpa-spring-mvc").contains("## Not understood");
        assertThat(CliRun.run("validate", model.toString()).code()).isZero();
        assertThat(CliRun.run("analyze", model.toString()).code()).isZero();
        CliRun propose = CliRun.run("propose", model.toString(), "-o", dir.resolve("proposed.yaml").toString());
        assertThat(propose.code()).as(propose.err()).isZero();
    }

    @Test
    void readsTheCurrentServicesByPackage() {
        CliRun run = CliRun.run("import", "java", SHOP.toString(), "--services-by", "package");
        assertThat(run.code()).as(run.err()).isZero();
        DomainModel model = ModelReader.readString("shop.yaml", run.out());
        assertThat(model.services()).extracting(s -> s.name()).containsExactly("catalog", "customer", "order");
        assertThat(model.service("order").orElseThrow().owns()).containsExactly("Order", "OrderLine");
        assertThat(model.service("customer").orElseThrow().owns()).containsExactly("Address", "Customer");
        assertThat(model.components()).filteredOn(c -> c.name().equals("Strings")).singleElement()
                .satisfies(c -> assertThat(c.service()).as("a package without entities or endpoints").isEmpty());
    }

    @Test
    void refusesAnUnknownWayOfReadingServices() {
        CliRun run = CliRun.run("import", "java", SHOP.toString(), "--services-by", "team");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown way 'team' (known: single, module, package)");
    }

    @Test
    void writesNothingWhenASourceIsUnreadable(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Broken.java"), "class Broken {");
        Path model = dir.resolve("model.yaml");
        Path report = dir.resolve("report.md");
        CliRun run = CliRun.run("import", "java", src.toString(), "-o", model.toString(), "--report", report.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("Broken.java:1:").contains("[java-syntax]").doesNotContain("Exception");
        assertThat(model).doesNotExist();
        assertThat(report).doesNotExist();
    }

    @Test
    void namesTheSourceDirectoryWhenItIsMissing(@TempDir Path dir) {
        CliRun run = CliRun.run("import", "java", dir.resolve("missing").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("missing: error: no such directory");
    }
    @Test
    void writesNeitherTheModelNorTheReportWhenOneCannotBeWritten(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("import.md");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        CliRun run = CliRun.run("import", "java", SHOP.toString(), "-o", folder.toString(), "--report", report.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write " + folder + ": is a directory; give a file name");
        assertThat(report).doesNotExist();
        CliRun same = CliRun.run("import", "java", SHOP.toString(), "-o", report.toString(), "--report", report.toString());
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("-o and --report name the same file");
        assertThat(report).doesNotExist();
    }
}
