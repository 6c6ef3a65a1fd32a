package io.mdecomp.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every key of the analysis JSON contract (SPEC §4, docs/json.md) is present with its type. */
class JsonContractTest {

    private static final Map<String, String> TOP = Map.of("schemaVersion", "int", "system", "string",
            "services", "array", "metrics", "object", "findings", "array", "recommendations", "array");
    private static final Map<String, String> SERVICE = Map.ofEntries(Map.entry("name", "string"),
            Map.entry("granularity", "number"), Map.entry("sharedEntityCoupling", "number"),
            Map.entry("cohesion", "number"), Map.entry("coupling", "number"), Map.entry("ca", "int"),
            Map.entry("ce", "int"), Map.entry("instability", "number"), Map.entry("ais", "int"),
            Map.entry("ads", "int"), Map.entry("acs", "int"), Map.entry("siuc", "number"),
            Map.entry("syncFanOut", "int"), Map.entry("syncDepth", "int"));
    private static final Map<String, String> METRICS = Map.ofEntries(Map.entry("modularity", "number"),
            Map.entry("mq", "number"), Map.entry("sm", "number"), Map.entry("icp", "number"),
            Map.entry("ifn", "number"), Map.entry("ned", "number"), Map.entry("scf", "number"),
            Map.entry("siy", "int"), Map.entry("cycles", "array"), Map.entry("longestSyncChain", "int"),
            Map.entry("complexityIndex", "int"));
    private static final Map<String, String> FINDING = Map.of("rule", "string", "severity", "string",
            "message", "string", "subjects", "array", "location", "object|null", "recommendation", "string|null");
    private static final Map<String, String> LOCATION = Map.of("file", "string", "line", "int", "column", "int");
    private static final Map<String, String> RECOMMENDATION = Map.of("kind", "string", "service", "string",
            "detail", "string");

    @Test
    void everyContractKeyIsPresentWithItsType() throws IOException {
        JsonNode root = new ObjectMapper().readTree(JsonAnalysisRendererTest.render(SampleReports.shop()));
        checkContract(root);
        assertThat(root.get("services")).hasSize(3);
        assertThat(root.get("findings")).hasSize(3);
        assertThat(root.get("recommendations")).hasSize(3);
    }

    @Test
    void theSampleAnalysisKeepsTheContract() throws IOException {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "analyze",
                "../samples/ecommerce/model.yaml", "--format", "json");
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        checkContract(root);
        assertThat(root.get("services")).isNotEmpty();
        assertThat(root.get("findings")).isNotEmpty();
    }

    private static void checkContract(JsonNode root) {
        check(root, TOP, "$");
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        for (JsonNode service : root.get("services")) {
            check(service, SERVICE, "$.services[]");
        }
        check(root.get("metrics"), METRICS, "$.metrics");
        for (JsonNode cycle : root.get("metrics").get("cycles")) {
            assertThat(cycle.isArray()).isTrue();
            cycle.forEach(name -> assertThat(name.isTextual()).isTrue());
        }
        for (JsonNode finding : root.get("findings")) {
            check(finding, FINDING, "$.findings[]");
            assertThat(finding.get("severity").asText()).isIn("error", "warning", "note");
            assertThat(finding.get("rule").asText()).matches("MD\\d{3}");
            finding.get("subjects").forEach(name -> assertThat(name.isTextual()).isTrue());
            if (!finding.get("location").isNull()) {
                check(finding.get("location"), LOCATION, "$.findings[].location");
            }
        }
        for (JsonNode recommendation : root.get("recommendations")) {
            check(recommendation, RECOMMENDATION, "$.recommendations[]");
            assertThat(recommendation.get("kind").asText()).isIn("split", "merge", "move");
        }
    }

    private static void check(JsonNode node, Map<String, String> keys, String path) {
        assertThat(node.isObject()).as(path).isTrue();
        keys.forEach((key, type) -> {
            assertThat(node.has(key)).as("%s.%s present", path, key).isTrue();
            assertThat(hasType(node.get(key), type)).as("%s.%s is %s but was %s", path, key, type, node.get(key))
                    .isTrue();
        });
    }

    private static boolean hasType(JsonNode value, String types) {
        for (String type : types.split("\\|")) {
            boolean matches = switch (type) {
                case "int" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "string" -> value.isTextual();
                case "array" -> value.isArray();
                case "object" -> value.isObject();
                case "null" -> value.isNull();
                default -> throw new IllegalArgumentException(type);
            };
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
