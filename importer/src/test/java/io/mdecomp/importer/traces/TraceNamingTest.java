package io.mdecomp.importer.traces;

import static io.mdecomp.importer.traces.TraceFiles.zipkin;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.model.format.ModelWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Traces may name services, topics and routes in ways a model may not; the import names them as it may. */
class TraceNamingTest {

    private static final long T0 = 1_700_000_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void namesServicesEventsEndpointsAndPathsAsTheModelAllows() {
        String longRoute = "/" + "segment/".repeat(20) + "end";
        String spans = "[" + String.join(",",
                zipkin("a1", "01", null, "SERVER", "frontend.proxy", "get", T0, 30_000,
                        "\"tags\":{\"http.method\":\"GET\",\"http.route\":\"/caf\\u00e9 menu/{id}\"}"),
                zipkin("a1", "02", "01", "CLIENT", "frontend.proxy", "get", T0 + 5_000, 12_000, ""),
                zipkin("a1", "02", "01", "SERVER", "1.5", "get", T0 + 6_000, 10_000,
                        "\"shared\":true,\"tags\":{\"http.method\":\"GET\",\"http.route\":\"" + longRoute + "\"}"),
                zipkin("a1", "03", "02", "PRODUCER", "1.5", "send", T0 + 7_000, 100,
                        "\"tags\":{\"messaging.destination.name\":\"orders/v1\"}"),
                zipkin("a1", "04", "03", "CONSUMER", "frontend-proxy", "receive", T0 + 9_000, 1_000,
                        "\"tags\":{\"messaging.destination.name\":\"orders/v1\"}"))
                + "]";
        TraceImport result = TraceFiles.importText(dir, "names.json", spans, TraceImportOptions.defaults());

        DomainModel model = result.model();
        assertThat(model.services()).extracting(Service::name)
                .containsExactlyInAnyOrder("_1-5", "frontend-proxy", "frontend-proxy-2");
        Endpoint entry = model.service("frontend-proxy-2").orElseThrow().endpoints().get(0);
        assertThat(entry.path()).isEqualTo("/caf\u00e9%20menu/{id}");
        assertThat(entry.name()).isEqualTo("getCafMenuById");
        assertThat(entry.calls()).extracting(Call::service).containsExactly("_1-5");
        Endpoint callee = model.service("_1-5").orElseThrow().endpoints().get(0);
        assertThat(callee.name()).hasSize(100);
        assertThat(callee.publishes()).containsExactly("orders-v1");
        assertThat(model.service("frontend-proxy").orElseThrow().consumes())
                .singleElement().satisfies(s -> assertThat(s.event()).isEqualTo("orders-v1"));
        // What was written can be read back.
        DomainModel read = ModelReader.readString("names.yaml", ModelWriter.write(model));
        assertThat(read.services()).hasSize(3);
    }

    @Test
    void makesServiceNamesUniqueIdentifiers() {
        Map<String, String> names = Names.services(List.of("a b", "a-b", "\u00e9", "x".repeat(150), "x".repeat(120)));
        assertThat(names).containsEntry("a-b", "a-b").containsEntry("a b", "a-b-2").containsEntry("\u00e9", "_")
                .containsEntry("x".repeat(150), "x".repeat(100)).containsEntry("x".repeat(120), "x".repeat(98) + "-2");
    }

    @Test
    void makesTopicsEventNamesAndPathsModelPaths() {
        assertThat(Names.event("order.placed")).isEqualTo("order.placed");
        assertThat(Names.event("shop..orders./v1.")).isEqualTo("shop.orders.v1");
        assertThat(Names.event("..")).isEqualTo("_");
        assertThat(Names.event("7 days")).isEqualTo("_7-days");
        assertThat(Names.path("/a b\n\u0000c")).isEqualTo("/a%20b%0A%00c");
        assertThat(Names.path("/x\ud800")).isEqualTo("/x%EF%BF%BD");
    }
}
