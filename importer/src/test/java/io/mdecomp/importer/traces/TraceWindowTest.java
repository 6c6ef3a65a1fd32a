package io.mdecomp.importer.traces;

import static io.mdecomp.importer.traces.TraceFiles.zipkin;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TraceWindowTest {

    @TempDir
    Path dir;

    private static Span span(String trace, String id) {
        return new Span(trace, id, "", "", "", "svc", "op", SpanKind.SERVER, 0, 1, false, "", "", "", "", "", "", "",
                false, new SpanOrigin(SourceLocation.UNKNOWN, 0));
    }

    @Test
    void closesTheLeastRecentlyTouchedTraceWhenFullAndCountsLateSpans() {
        List<List<String>> closed = new ArrayList<>();
        TraceWindow window = new TraceWindow(3, trace -> closed.add(trace.stream().map(Span::spanId).toList()));
        window.add(span("a", "a1"));
        window.add(span("b", "b1"));
        window.add(span("a", "a2"));
        window.add(span("c", "c1"));
        assertThat(closed).containsExactly(List.of("b1"));
        window.add(span("b", "b2"));
        assertThat(closed).containsExactly(List.of("b1"), List.of("a1", "a2"));
        window.finish();
        assertThat(closed).containsExactly(List.of("b1"), List.of("a1", "a2"), List.of("c1"), List.of("b2"));
        assertThat(window.splitTraces()).isEqualTo(1);
        assertThat(window.lateSpans()).isEqualTo(1);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 6);
    }

    /** Grouped traces come out whole whatever the window; the statistics do not depend on it. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void assemblesGroupedTracesExactlyWithAnyWindow(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder json = new StringBuilder("[");
        long start = 1_700_000_000_000_000L;
        for (int t = 0; t < 40; t++) {
            String trace = Long.toHexString(seed * 1000 + t + 1);
            long at = start + t * 200_000L;
            int calls = random.nextInt(4);
            json.append(t == 0 ? "" : ",").append(zipkin(trace, "01", null, "SERVER", "api", "get /a", at, 40_000, ""));
            for (int c = 0; c < calls; c++) {
                json.append(',').append(zipkin(trace, "1" + c, "01", "CLIENT", "api", "get", at + 1_000 + c * 9_000L,
                        8_000, "")).append(',').append(zipkin(trace, "2" + c, "1" + c, "SERVER", "db", "get /b",
                        at + 1_500 + c * 9_000L, 7_000 - random.nextInt(3_000), ""));
            }
        }
        json.append(']');
        Path file = TraceFiles.write(dir, "grouped-" + seed + ".json", json.toString());
        TraceReport wide = new TraceImporter().importFiles(List.of(file), TraceImportOptions.defaults()).report();
        TraceReport narrow = new TraceImporter().importFiles(List.of(file), TraceImportOptions.defaults()
                .withWindowSpans(8)).report();
        assertThat(narrow.counts().splitTraces()).isZero();
        assertThat(narrow.calls()).isEqualTo(wide.calls());
        assertThat(narrow.endpoints()).isEqualTo(wide.endpoints());
    }

    @Test
    void analysesInterleavedTracesInFragmentsWhenTheyLieFurtherApartThanTheWindow() {
        StringBuilder json = new StringBuilder("[");
        long at = 1_700_000_000_000_000L;
        for (int t = 0; t < 6; t++) {
            json.append(t == 0 ? "" : ",").append(zipkin("a" + t, "01", null, "SERVER", "api", "get /a", at, 20_000, ""));
        }
        for (int t = 0; t < 6; t++) {
            json.append(',').append(zipkin("a" + t, "02", "01", "CLIENT", "api", "get", at + 1_000, 5_000, ""));
        }
        json.append(']');
        Path file = TraceFiles.write(dir, "interleaved.json", json.toString());
        TraceReport report = new TraceImporter().importFiles(List.of(file), TraceImportOptions.defaults()
                .withWindowSpans(3)).report();
        assertThat(report.counts().splitTraces()).isEqualTo(6);
        assertThat(report.counts().orphans()).isEqualTo(6);
        assertThat(report.calls()).isEmpty();
        TraceReport whole = new TraceImporter().importFiles(List.of(file), TraceImportOptions.defaults()).report();
        assertThat(whole.counts().splitTraces()).isZero();
        assertThat(whole.counts().orphans()).isZero();
    }

    @Test
    void remembersClosedTraceIdsInALongSet() {
        TraceWindow.LongSet set = new TraceWindow.LongSet();
        for (long i = -5000; i < 5000; i += 3) {
            set.add(i);
        }
        assertThat(set.contains(0)).isFalse();
        assertThat(set.contains(-5000)).isTrue();
        assertThat(set.contains(-4999)).isFalse();
        assertThat(set.contains(4996)).isTrue();
        set.add(0);
        assertThat(set.contains(0)).isTrue();
        assertThat(TraceWindow.hash("00000000000000a1")).isEqualTo(0xa1);
        assertThat(TraceWindow.hash("4bf92f3577b34da6a3ce929d0e0e4736")).isEqualTo(0xa3ce929d0e0e4736L);
    }
}
