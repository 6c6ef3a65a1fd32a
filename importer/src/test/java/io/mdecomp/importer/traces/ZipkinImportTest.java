package io.mdecomp.importer.traces;

import static io.mdecomp.importer.traces.TraceFiles.zipkin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.mdecomp.model.Call;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.quantity.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipkinImportTest {

    @TempDir
    Path dir;

    private static final long T0 = 1_700_000_000_000_000L;

    @Test
    void readsSharedServerSpansAsChildrenOfTheirClientSpan() {
        String spans = "[" + String.join(",",
                zipkin("a1", "01", null, "SERVER", "frontend", "get /home", T0, 30_000,
                        "\"tags\":{\"http.method\":\"GET\",\"http.route\":\"/home\"}"),
                zipkin("a1", "02", "01", "CLIENT", "frontend", "get", T0 + 5_000, 12_000,
                        "\"remoteEndpoint\":{\"serviceName\":\"backend\"}"),
                zipkin("a1", "02", "01", "SERVER", "backend", "get /api/items/{id}", T0 + 6_000, 10_000,
                        "\"shared\":true,\"localEndpoint\":{\"serviceName\":\"backend\",\"ipv4\":\"10.0.0.7\",\"port\":8080}"))
                + "]";
        TraceImport result = TraceFiles.importText(dir, "zipkin.json", spans, TraceImportOptions.defaults());
        Service frontend = result.model().service("frontend").orElseThrow();
        Endpoint home = frontend.endpoint("getHome").orElseThrow();
        assertThat(home.route()).isEqualTo("GET /home");
        assertThat(home.calls()).extracting(Call::target).containsExactly("backend.getApiItemsById");
        assertThat(home.serviceTime()).contains(new Constant(Duration.ofMillis(18)));
        assertThat(result.model().service("backend").orElseThrow().endpoints()).extracting(Endpoint::route)
                .containsExactly("GET /api/items/{id}");
        assertThat(result.report().network().orElseThrow().oneWay()).isEqualTo(new Constant(Duration.ofMillis(1)));
    }

    @Test
    void readsAnArrayOfTracesAndRecognisesTheFormat() {
        String traces = "[[" + zipkin("b1", "01", null, "SERVER", "svc", "GET", T0, 2_000,
                "\"tags\":{\"http.path\":\"/users/42\"}") + "],["
                + zipkin("b2", "01", null, "SERVER", "svc", "GET", T0 + 500_000, 4_000,
                "\"tags\":{\"http.path\":\"/users/43\",\"error\":\"timeout\"}") + "]]";
        TraceImport result = TraceFiles.importText(dir, "traces.json", traces, TraceImportOptions.defaults()
                .withWorkload(true));
        assertThat(result.model().service("svc").orElseThrow().endpoints())
                .extracting(Endpoint::name, Endpoint::route).containsExactly(tuple("getUsersById", "GET /users/{id}"));
        assertThat(result.report().endpoints()).singleElement().satisfies(e -> {
            assertThat(e.requests()).isEqualTo(2);
            assertThat(e.errors()).isEqualTo(1);
            assertThat(e.source()).isEqualTo(EndpointSource.PATH);
        });
        assertThat(result.workload().orElseThrow().ratePerSecond()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void countsRepeatedCallsAboveOneAsWholeCallsPlusAShare() {
        StringBuilder spans = new StringBuilder("[");
        int[] callsPerRequest = {2, 3, 2, 2};
        for (int t = 0; t < callsPerRequest.length; t++) {
            String trace = "c" + t;
            long start = T0 + t * 1_000_000L;
            spans.append(t == 0 ? "" : ",").append(zipkin(trace, "01", null, "SERVER", "api", "get /a", start, 50_000, ""));
            for (int c = 0; c < callsPerRequest[t]; c++) {
                String client = "1" + c;
                String server = "2" + c;
                long at = start + 1_000 + c * 10_000L;
                spans.append(',').append(zipkin(trace, client, "01", "CLIENT", "api", "get", at, 5_000, ""))
                        .append(',').append(zipkin(trace, server, client, "SERVER", "db-api", "get /rows", at + 500, 4_000, ""));
            }
        }
        spans.append(']');
        TraceImport result = TraceFiles.importText(dir, "repeat.json", spans.toString(), TraceImportOptions.defaults());
        assertThat(result.model().service("api").orElseThrow().endpoint("getA").orElseThrow().calls())
                .extracting(Call::probability).containsExactly(1.0, 1.0, 0.25);
        TraceReport.CallReport call = result.report().calls().get(0);
        assertThat(call.perRequest()).isEqualTo(2.25);
        assertThat(call.standardError()).isCloseTo(Math.sqrt((21.0 / 4 - 2.25 * 2.25) / 4), within(1e-12));
        assertThat(call.parallel()).isFalse();
    }
}
