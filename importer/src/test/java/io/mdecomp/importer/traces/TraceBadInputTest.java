package io.mdecomp.importer.traces;

import static io.mdecomp.importer.traces.TraceFiles.zipkin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets located messages; malformed spans are skipped only when asked. */
class TraceBadInputTest {

    @TempDir
    Path dir;

    private static final long T0 = 1_700_000_000_000_000L;
    private static final String GOOD = zipkin("a1", "01", null, "SERVER", "svc", "get /x", T0, 1_000, "");

    private List<Diagnostic> problems(String name, String json, TraceImportOptions options) {
        Path file = TraceFiles.write(dir, name, json);
        try {
            new TraceImporter().importFiles(List.of(file), options);
        } catch (InputException e) {
            return e.diagnostics();
        }
        throw new AssertionError("expected an InputException for " + json);
    }

    private List<String> messages(String name, String json) {
        return problems(name, json, TraceImportOptions.defaults()).stream().map(Diagnostic::format).toList();
    }

    @Test
    void reportsMalformedSpansWithFileLineColumnAndIndex() {
        String json = "[\n" + GOOD + ",\n  {\"traceId\":\"a2\",\"id\":\"02\",\"name\":\"x\",\"timestamp\":" + T0
                + ",\"localEndpoint\":{\"serviceName\":\"svc\"}},\n  {\"traceId\":\"zz!\",\"id\":\"03\",\"duration\":5}\n]";
        assertThat(messages("bad.json", json)).containsExactly(
                dir.resolve("bad.json") + ":3:3: error: span #1 (trace a2, id 02): it has no duration (an unfinished span?);"
                        + " fix the span, or import with --skip-bad to leave malformed spans out [span]",
                dir.resolve("bad.json") + ":4:3: error: span #2 (trace zz!, id 03): its trace id 'zz!' is not hexadecimal;"
                        + " it has no service name; it has no start time; fix the span, or import with --skip-bad to leave"
                        + " malformed spans out [span]");
    }

    @Test
    void skipsMalformedSpansWhenAskedAndSaysSo() {
        String json = "[" + GOOD + ",{\"traceId\":\"a2\",\"id\":\"02\",\"timestamp\":\"soon\",\"duration\":3,"
                + "\"localEndpoint\":{\"serviceName\":\"svc\"}}]";
        TraceImport result = TraceFiles.importText(dir, "skip.json", json, TraceImportOptions.defaults().withSkipBad(true));
        assertThat(result.report().counts().malformed()).isEqualTo(1);
        assertThat(result.report().skipped()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.format()).endsWith(":1:" + (GOOD.length() + 3) + ": warning: span #1 (trace a2, id 02):"
                    + " 'timestamp' must be a whole number, got 'soon'; skipped [span]");
        });
        assertThat(result.model().services()).hasSize(1);
    }

    @Test
    void listsAtMostAHundredMalformedSpansAndCountsTheRest() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 150; i++) {
            json.append(i == 0 ? "" : ",").append("{\"traceId\":\"a").append(i).append("\"}");
        }
        json.append(']');
        List<Diagnostic> problems = problems("many.json", json.toString(), TraceImportOptions.defaults());
        assertThat(problems).hasSize(101);
        assertThat(problems.get(100).message()).isEqualTo("span #100 and the 49 malformed spans after it are not listed");
    }

    @Test
    void stopsAtInvalidJsonWithItsLocation() {
        assertThat(messages("syntax.json", "[" + GOOD + ",\n  {\"traceId\": }]")).singleElement().satisfies(m ->
                assertThat(m).startsWith(dir.resolve("syntax.json") + ":2:15: error: invalid JSON: Unexpected character ('}'")
                        .endsWith("[syntax]"));
        assertThat(messages("truncated.json", "[" + GOOD)).singleElement().satisfies(m ->
                assertThat(m).contains("error: invalid JSON: Unexpected end-of-input"));
    }

    @Test
    void saysWhenAFileIsNotOfTheFormat() {
        assertThat(problems("obj.json", "{\"data\": 3}", TraceImportOptions.defaults()))
                .extracting(Diagnostic::format).containsExactly(dir.resolve("obj.json")
                        + ":1:10: error: 'data' must be an array of traces, found a number [format]");
        assertThat(problems("zipkin.json", "{\"resourceSpans\": []}", TraceImportOptions.defaults()
                .withFormat(TraceFormat.ZIPKIN))).extracting(Diagnostic::message).containsExactly(
                        "expected a JSON array of Zipkin v2 spans (or of traces, each an array of spans), found an object");
        assertThat(messages("text.json", "\"spans\"")).singleElement().satisfies(m -> assertThat(m)
                .endsWith("error: not recognisable as Zipkin, Jaeger or OTLP JSON; say which with --format [format]"));
        assertThat(problems("otlp.json", "{\"resourceSpans\": {}}", TraceImportOptions.defaults()))
                .extracting(Diagnostic::message).containsExactly("'resourceSpans' must be an array, found an object");
    }

    @Test
    void refusesEmptyFilesDirectoriesAndMissingFiles() throws Exception {
        assertThat(messages("empty.json", "")).singleElement().satisfies(m -> assertThat(m).contains("error: not recognisable"));
        assertThat(messages("none.json", "[]")).containsExactly(dir.resolve("none.json")
                + ":1:1: error: the files hold no spans; give Zipkin, Jaeger or OTLP JSON with at least one trace [empty]");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> new TraceImporter().importFiles(List.of(sub, missing), TraceImportOptions.defaults()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.diagnostics()).extracting(Diagnostic::format)
                        .containsExactlyInAnyOrder(missing + ":1:1: error: no such file [io]",
                                sub + ":1:1: error: is a directory; give trace files (JSON) [io]"));
    }

    @Test
    void refusesTracesWithoutReceivingSpans() {
        String clientOnly = "[" + zipkin("a1", "01", null, "CLIENT", "svc", "get", T0, 1_000, "") + "]";
        assertThat(messages("clients.json", clientOnly)).singleElement().satisfies(m -> assertThat(m)
                .contains("none of the 1 spans is a server or consumer span"));
    }

    @Test
    void refusesToGuessAWorkloadFromOneRequest() {
        List<Diagnostic> problems = problems("one.json", "[" + GOOD + "]", TraceImportOptions.defaults().withWorkload(true));
        assertThat(problems).extracting(Diagnostic::message).containsExactly("cannot estimate an arrival rate for"
                + " --scenarios-out: the traces hold 1 request entering at a route of the model; it needs at least two"
                + " root requests at different times");
    }

    @Test
    void refusesARateBeyondAnyNumberWhenTheSamplingShareIsTiny() {
        String two = "[" + GOOD + "," + zipkin("a2", "02", null, "SERVER", "svc", "get /x", T0 + 1_000_000, 1_000, "")
                + "]";
        List<Diagnostic> problems = problems("two.json", two,
                TraceImportOptions.defaults().withWorkload(true).withSampling(1e-320));
        assertThat(problems).singleElement().satisfies(d -> assertThat(d.format()).startsWith(
                dir.resolve("two.json") + ":1:1: error: cannot write an arrival rate for --scenarios-out: 2 requests"
                        + " over 1 s, sampled at 1.0E-320, is more than any number"));
    }

    @Test
    void reportsInvalidUtf8AsAJsonError() throws Exception {
        Path file = dir.resolve("latin1.json");
        byte[] prefix = ("[" + zipkin("a1", "01", null, "SERVER", "caf", "get /x", T0, 1_000, "")).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + 2);
        int at = new String(prefix, StandardCharsets.UTF_8).indexOf("caf") + 3;
        System.arraycopy(prefix, at, bytes, at + 1, prefix.length - at);
        bytes[at] = (byte) 0xE9;
        bytes[bytes.length - 1] = ']';
        Files.write(file, bytes);
        assertThatThrownBy(() -> new TraceImporter().importFiles(List.of(file), TraceImportOptions.defaults()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.getMessage())
                        .contains("error: invalid JSON: Invalid UTF-8"));
    }

    @Test
    void breaksParentCyclesInsteadOfLooping() {
        String json = "[" + zipkin("a1", "01", "02", "SERVER", "svc", "get /x", T0, 1_000, "") + ","
                + zipkin("a1", "02", "01", "SERVER", "svc", "get /y", T0, 1_000, "") + "]";
        TraceImport result = TraceFiles.importText(dir, "cycle.json", json, TraceImportOptions.defaults());
        assertThat(result.report().endpoints()).hasSize(2);
    }
}
