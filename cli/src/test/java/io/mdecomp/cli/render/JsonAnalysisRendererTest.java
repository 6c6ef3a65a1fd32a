package io.mdecomp.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.cli.Golden;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonAnalysisRendererTest {

    static String render(AnalysisView view) throws IOException {
        StringWriter out = new StringWriter();
        new JsonAnalysisRenderer().render(view, out);
        return out.toString();
    }

    @Test
    void rendersHandBuiltReportAsGoldenJson() throws IOException {
        Golden.assertMatches("analysis-shop.json", render(SampleReports.shop()));
    }

    @Test
    void rendersEmptyFindingsAndRecommendationsAsEmptyArrays() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(SampleReports.quiet()));
        assertThat(root.get("findings").isArray()).isTrue();
        assertThat(root.get("findings")).isEmpty();
        assertThat(root.get("recommendations")).isEmpty();
        assertThat(root.get("metrics").get("cycles")).isEmpty();
    }

    @Test
    void keepsTheContractsKeyOrder() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(SampleReports.shop()));
        assertThat(names(root)).startsWith("schemaVersion", "system", "services", "metrics", "findings",
                "recommendations");
        assertThat(names(root.get("services").get(0))).startsWith("name", "granularity", "sharedEntityCoupling",
                "cohesion", "coupling", "ca", "ce", "instability", "ais", "ads", "acs", "siuc", "syncFanOut",
                "syncDepth");
        assertThat(names(root.get("metrics"))).startsWith("modularity", "mq", "sm", "icp", "ifn", "ned", "scf",
                "siy", "cycles", "longestSyncChain", "complexityIndex");
        assertThat(names(root.get("findings").get(0))).startsWith("rule", "severity", "message", "subjects",
                "location", "recommendation");
        assertThat(names(root.get("recommendations").get(0))).startsWith("kind", "service", "detail");
    }

    @Test
    void roundsRatiosToFourDecimalsAndWritesIntegersPlain() {
        assertThat(Json.round(0.6333333333)).isEqualByComparingTo("0.6333");
        assertThat(Json.round(2.0 / 3)).isEqualByComparingTo("0.6667");
        assertThat(Json.round(2.0).toPlainString()).isEqualTo("2");
        assertThat(Json.round(10.0).toPlainString()).isEqualTo("10");
        assertThat(Json.round(0.5).toPlainString()).isEqualTo("0.5");
        assertThat(Json.round(-0.00001)).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void writesTheSameBytesTwice() throws IOException {
        assertThat(render(SampleReports.shop())).isEqualTo(render(SampleReports.shop()));
    }

    @Test
    void writesUnknownLocationAsNull() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(SampleReports.shop()));
        JsonNode coarse = root.get("findings").get(1);
        assertThat(coarse.get("rule").asText()).isEqualTo("MD006");
        assertThat(coarse.get("location").isNull()).isTrue();
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
