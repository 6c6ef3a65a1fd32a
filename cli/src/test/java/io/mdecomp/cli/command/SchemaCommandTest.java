package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@code mdecomp schema}: prints exactly the committed schema file, and that schema accepts every
 * sample and refuses a broken document.
 */
class SchemaCommandTest {

    private static final ObjectMapper YAML = new YAMLMapper();

    private static Schema schema(String json) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(json, InputFormat.JSON);
    }

    private static List<Path> samples(String fileName) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
            return files.filter(p -> p.getFileName().toString().equals(fileName)).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"model, model.yaml", "scenarios, scenarios.yaml"})
    void printsTheCommittedSchemaWhichAcceptsEverySampleAndRefusesABrokenOne(String kind, String sampleName)
            throws IOException {
        CliRun run = CliRun.run("schema", kind);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("../schema/" + kind + ".schema.json")));
        Schema schema = schema(run.out());
        List<Path> samples = samples(sampleName);
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            assertThat(schema.validate(YAML.readTree(Files.readString(sample)))).as(sample.toString()).isEmpty();
        }
        String broken = Files.readString(samples.get(0)).replaceFirst("\\n(\\s*)(- )?name: ", "\n$1$2nmae: ");
        assertThat(schema.validate(YAML.readTree(broken))).as("a misspelt key").isNotEmpty();
    }

    @Test
    void unknownKindIsBadUsage() {
        CliRun run = CliRun.run("schema", "models");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown schema 'models' (known: model, scenarios)");
    }
}
