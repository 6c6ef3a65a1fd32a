package io.mdecomp.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mdecomp.model.testing.RandomModels;
import io.mdecomp.model.validation.NameRule;
import io.mdecomp.model.format.ModelWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ModelSchemaTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ModelSchema.json(), InputFormat.JSON);
    private static final ObjectMapper YAML = new YAMLMapper();

    private static List<Error> validate(String yaml) throws IOException {
        JsonNode document = YAML.readTree(yaml);
        return SCHEMA.validate(document);
    }

    @Test
    void theCommittedCopyEqualsTheResource() throws IOException {
        assertThat(Files.readString(Path.of("../schema/model.schema.json"), StandardCharsets.UTF_8))
                .isEqualTo(ModelSchema.json());
    }

    @Test
    void isADraft202012Schema() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ModelSchema.json());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().equals("model.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleModelIsValid(Path sample) throws IOException {
        assertThat(validate(Files.readString(sample))).isEmpty();
    }

    @Test
    void findsTheSamples() throws IOException {
        assertThat(samples()).isNotEmpty();
    }

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyWrittenModelIsValid(long seed) throws IOException {
        assertThat(validate(ModelWriter.write(RandomModels.model(seed)))).isEmpty();
    }

    private static final String BASE = """
            system: shop
            version: 1
            domains:
              - name: Sales
                contexts:
                  - name: Ordering
                    entities:
                      - {name: Order, kind: aggregate-root}
            services:
              - name: OrderService
                context: Ordering
                endpoints:
                  - {name: get, serviceTime: 5ms, calls: [{service: OrderService, endpoint: get}]}
            """;

    @Test
    void namePatternsAreTheValidatorsRules() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(ModelSchema.json()).get("$defs");
        assertThat(defs.get("identifier").get("pattern").asText()).isEqualTo("^" + NameRule.IDENTIFIER.pattern() + "$");
        assertThat(defs.get("event").get("pattern").asText()).isEqualTo("^" + NameRule.EVENT.pattern() + "$");
        assertThat(defs.get("label").get("pattern").asText()).isEqualTo("^" + NameRule.LABEL.pattern() + "$");
        assertThat(defs.get("identifier").get("maxLength").asInt()).isEqualTo(NameRule.MAX_IDENTIFIER);
        assertThat(defs.get("label").get("maxLength").asInt()).isEqualTo(NameRule.MAX_LABEL);
    }

    @Test
    void acceptsLabelsWithSpacesAndEventsWithDots() throws IOException {
        assertThat(validate(BASE.replace("- name: Sales", "- name: Order Management (EU)")
                .replace("{name: get,", "{name: get, publishes: [order.placed.v2],"))).isEmpty();
    }

    @Test
    void acceptsTheBaseDocument() throws IOException {
        assertThat(validate(BASE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "version: 1                          | version: 2",
        "context: Ordering                   | contxt: Ordering",
        "serviceTime: 5ms                    | serviceTime: 5",
        "serviceTime: 5ms                    | 'serviceTime: {dist: gamma, mean: 5ms}'",
        "endpoint: get}                      | 'endpoint: get, probability: 0}'",
        "kind: aggregate-root                | kind: root",
        "{name: get,                         | '{name: get, method: FETCH,'",
        "- name: OrderService                | '- name: \"../../etc/evil\"'",
        "system: shop                        | system: a/b",
        "{name: get,                         | '{name: get.all,'",
        "{name: Order,                       | '{name: Order, attributes: {\"i d\": string},'",
        "{name: Order,                       | '{name: \"1Order\",'",
    })
    void rejectsBadDocuments(String from, String to) throws IOException {
        assertThat(BASE).contains(from);
        assertThat(validate(BASE.replace(from, to))).isNotEmpty();
    }
}
