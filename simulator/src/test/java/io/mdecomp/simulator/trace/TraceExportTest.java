package io.mdecomp.simulator.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes of the written spans: retries, refusals and injected faults visible; Zipkin and OTLP fields as specified. */
class TraceExportTest {

    private static final String MODEL = """
            system: t
            version: 1
            domains: [{name: D, contexts: [{name: A}, {name: B}]}]
            services:
              - name: front
                context: A
                endpoints:
                  - name: get
                    method: GET
                    path: /things
                    serviceTime: 1ms
                    calls: [{service: back, endpoint: find}]
              - name: back
                context: B
                endpoints:
                  - {name: find, method: GET, path: "/things/{id}", serviceTime: 2ms}
            """;

    private static final String SCENARIOS = """
            scenarios:
              - name: faulty
                duration: 5s
                seed: 3
                workload:
                  open: {rate: 40/s}
                  mix: [{route: GET /things}]
                resilience:
                  calls:
                    front -> back: {retry: {maxAttempts: 3, wait: 10ms}}
                faults:
                  - {at: 0s, for: 5s, fail: {service: back, rate: 50%}}
            """;

    private static String run(TraceFormat format) {
        return run(format, SCENARIOS, 1);
    }

    private static String run(TraceFormat format, String scenarios, double sample) {
        DomainModel model = ModelReader.readString("m.yaml", MODEL);
        Scenario scenario = ScenarioReader.parse("s.yaml", scenarios, model).get(0);
        StringWriter out = new StringWriter();
        Simulator.run(model, List.of(scenario), RunOptions.DEFAULTS.withTraces(
                new TraceOutput(format, sample, out, TraceOutput.DEFAULT_EPOCH_NANOS)));
        return out.toString();
    }

    /** A run that samples no request still writes a valid, empty document in either format. */
    @Test
    void writesAValidEmptyDocumentWhenNoRequestIsSampled() throws Exception {
        String quiet = """
                scenarios:
                  - name: quiet
                    duration: 1s
                    seed: 3
                    workload:
                      open: {rate: 5/s}
                      mix: [{route: GET /things}]
                """;
        ObjectMapper json = new ObjectMapper();
        String zipkin = run(TraceFormat.ZIPKIN, quiet, 1e-9);
        assertThat(json.readTree(zipkin).isArray()).isTrue();
        assertThat(json.readTree(zipkin)).isEmpty();
        String otlp = run(TraceFormat.OTLP, quiet, 1e-9);
        assertThat(otlp.lines().toList()).hasSize(1);
        assertThat(json.readTree(otlp).get("resourceSpans").isArray()).isTrue();
        assertThat(json.readTree(otlp).get("resourceSpans")).isEmpty();
    }

    @Test
    void writesAZipkinArrayWithRetriesAndInjectedFaultsVisible() throws Exception {
        JsonNode spans = new ObjectMapper().readTree(run(TraceFormat.ZIPKIN));
        assertThat(spans.isArray()).isTrue();
        List<JsonNode> retried = new ArrayList<>();
        List<JsonNode> injected = new ArrayList<>();
        for (JsonNode span : spans) {
            assertThat(span.get("traceId").asText()).hasSize(32).matches("[0-9a-f]+");
            assertThat(span.get("id").asText()).hasSize(16).matches("[0-9a-f]+");
            assertThat(span.get("timestamp").asLong()).isGreaterThan(1_767_225_600_000_000L);
            assertThat(span.get("duration").asLong()).isPositive();
            if (span.path("tags").has("http.request.resend_count")) {
                retried.add(span);
            }
            if ("injected".equals(span.path("tags").path("error").asText()) && "SERVER".equals(span.path("kind").asText())
                    && "back".equals(span.at("/localEndpoint/serviceName").asText())) {
                injected.add(span);
                assertThat(span.get("annotations").get(0).get("value").asText()).isEqualTo("fault injected: injected");
            }
        }
        assertThat(retried).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("kind").asText()).isEqualTo("CLIENT");
            assertThat(s.get("remoteEndpoint").get("serviceName").asText()).isEqualTo("back");
        });
        assertThat(injected).isNotEmpty();
    }

    @Test
    void writesOtlpJsonLinesGroupedByResource() throws Exception {
        String text = run(TraceFormat.OTLP);
        ObjectMapper json = new ObjectMapper();
        int spans = 0;
        for (String line : text.split("\n")) {
            JsonNode request = json.readTree(line);
            for (JsonNode resource : request.get("resourceSpans")) {
                assertThat(resource.at("/resource/attributes/0/key").asText()).isEqualTo("service.name");
                assertThat(resource.at("/resource/attributes/1/key").asText()).isEqualTo("service.instance.id");
                for (JsonNode span : resource.at("/scopeSpans/0/spans")) {
                    spans++;
                    assertThat(span.get("kind").isInt()).isTrue();
                    assertThat(span.get("startTimeUnixNano").isTextual()).isTrue();
                    assertThat(Long.parseLong(span.get("endTimeUnixNano").asText()))
                            .isGreaterThanOrEqualTo(Long.parseLong(span.get("startTimeUnixNano").asText()));
                    if (span.path("status").has("code")) {
                        assertThat(span.at("/status/code").asInt()).isEqualTo(2);
                    }
                }
            }
        }
        assertThat(spans).isGreaterThan(400);
        assertThat(run(TraceFormat.OTLP)).isEqualTo(text);
    }
}
