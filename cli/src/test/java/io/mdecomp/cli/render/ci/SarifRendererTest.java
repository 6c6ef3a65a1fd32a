package io.mdecomp.cli.render.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

    private static String render(CiReport report) throws IOException {
        StringWriter out = new StringWriter();
        new SarifRenderer().render(report, out);
        return out.toString();
    }

    private static Schema sarifSchema() throws IOException {
        try (InputStream in = SarifRendererTest.class.getClassLoader()
                .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
        }
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws IOException {
        List<Error> errors = sarifSchema().validate(render(CiFixtures.report()), InputFormat.JSON);
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaCheckRejectsAResultWithoutAMessage() throws IOException {
        String broken = render(CiFixtures.report()).replaceFirst("\"message\" : \\{", "\"note\" : {");
        assertThat(sarifSchema().validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("check.sarif", render(CiFixtures.report()));
    }

    @Test
    void meetsGitHubCodeScanningIngestionRules() throws IOException {
        JsonNode run = new ObjectMapper().readTree(render(CiFixtures.report())).get("runs").get(0);
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/fullDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/help/text").asText()).isNotBlank();
        }
        assertThat(run.at("/tool/driver/rules/15/defaultConfiguration/enabled").asBoolean()).isFalse();
        JsonNode results = run.get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("level").asText()).isEqualTo("error");
        assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("samples/shop/model.yaml");
        assertThat(results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(14);
        assertThat(results.get(0).at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(9);
        // a finding without a location still gets a valid 1-based region
        assertThat(results.get(2).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
        assertThat(results.get(0).at("/partialFingerprints/" + SarifRenderer.FINGERPRINT.replace("/", "~1")).asText())
                .isEqualTo(SarifRenderer.fingerprint("MD001:OrderService,PaymentService,OrderService"))
                .hasSize(64);
        assertThat(results.get(1).get("baselineState").asText()).isEqualTo("unchanged");
        assertThat(results.get(0).get("baselineState").asText()).isEqualTo("new");
    }
}
