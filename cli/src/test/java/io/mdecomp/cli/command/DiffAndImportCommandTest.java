package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.cli.Main;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffAndImportCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void diffsTheMonolithAgainstItsProposal(@TempDir Path dir) throws IOException {
        String base = SAMPLES.resolve("monolith/model.yaml").toString();
        Path head = dir.resolve("proposed.yaml");
        assertThat(run("propose", base, "-o", head.toString())).isZero();
        assertThat(run("diff", base, head.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("addedServices").toString())
                .isEqualTo("[\"PaymentService\",\"ProductService\",\"ShipmentService\"]");
        assertThat(json.get("movedEntities").size()).isEqualTo(7);
        assertThat(json.at("/findingsResolved/0/rule").asText()).isEqualTo("MD003");
        assertThat(json.at("/metrics/modularity/delta").asDouble()).isPositive();
        assertThat(json.at("/agreement/mojoFm").asDouble()).isBetween(0.0, 100.0);
        assertThat(run("diff", base, base)).isZero();
        assertThat(out.toString()).contains("entities moved: none")
                .contains("agreement: MoJoFM 100.0%, adjusted Rand index 1.000");
        assertThat(run("diff", base, head.toString(), "--format", "markdown")).isZero();
        assertThat(out.toString()).startsWith("## mdecomp diff:");
    }

    @Test
    void importsServiceCutterFilesIntoAValidModelAndListsWhatIsUnmapped(@TempDir Path dir) throws IOException {
        Path erm = Path.of("..", "model", "src", "test", "resources", "servicecutter", "library_1_model.json");
        Path reps = erm.resolveSibling("library_2_user_representations.json");
        Path target = dir.resolve("library.yaml");
        assertThat(run("import", "servicecutter", erm.toString(), reps.toString(), "-o", target.toString())).isZero();
        assertThat(err.toString()).contains("warning: security access group 'staff' has no equivalent")
                .contains("[unmapped]");
        DomainModel model = ModelReader.read(target);
        assertThat(model.services()).hasSize(2);
        assertThat(model.entities().count()).isEqualTo(6);
        assertThat(Files.readString(target)).startsWith("# imported by mdecomp import servicecutter");
    }

    @Test
    void reportsMissingImportFilesWithExitCodeTwo(@TempDir Path dir) {
        assertThat(run("import", "servicecutter", dir.resolve("nope.json").toString(), dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.json: error: no such file [io]")
                .contains("error: is a directory");
        assertThat(run("import")).isEqualTo(2);
    }
    @Test
    void refusesToWriteTheModelOverAServiceCutterFile(@TempDir Path dir) throws IOException {
        Path erm = Path.of("..", "model", "src", "test", "resources", "servicecutter", "library_1_model.json");
        Path reps = Files.copy(erm.resolveSibling("library_2_user_representations.json"), dir.resolve("reps.json"));
        assertThat(run("import", "servicecutter", erm.toString(), reps.toString(), "-o", reps.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("-o " + reps + " is the input USER_REPS.json and would be overwritten");
        assertThat(Files.readString(reps)).startsWith("{");
    }
}
