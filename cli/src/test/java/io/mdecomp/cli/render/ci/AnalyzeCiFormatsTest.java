package io.mdecomp.cli.render.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mdecomp.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AnalyzeCiFormatsTest {

    private static final String MODEL = "../samples/monolith/model.yaml";

    private static String analyze(String format) {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "analyze", MODEL, "--format", format);
        assertThat(code).isZero();
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "sarif", "junit", "dot", "mermaid"})
    void analyzeWritesEveryCiFormat(String format) {
        assertThat(analyze(format)).isNotBlank();
    }

    @Test
    void analyzeSarifValidatesAndPointsIntoTheModel() throws Exception {
        String sarif = analyze("sarif");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new ObjectMapper().readTree(in));
            assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
        }
        assertThat(new ObjectMapper().readTree(sarif).at("/runs/0/results/0/locations/0/physicalLocation/"
                + "artifactLocation/uri").asText()).isEqualTo(MODEL);
    }
}
