package io.mdecomp.importer.traces;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Groups spans into traces in bounded memory. Spans are held per trace until at most
 * {@code maxSpans} are held in all; then the traces touched least recently are closed and handed
 * on until the bound holds again; at the end every open trace is closed. Files that keep the spans
 * of a trace together (what exporters and the query APIs write) are assembled exactly whatever
 * their length; in files that interleave traces, a trace whose spans lie further apart than the
 * window is closed early and analysed in fragments. Such late spans are counted by
 * {@link #splitTraces()} so the report can say so. Closed trace ids are remembered in a set of
 * 64-bit hashes (8 bytes a trace).
 */
final class TraceWindow {

    private final int maxSpans;
    private final Consumer<List<Span>> closed;
    private final LinkedHashMap<String, List<Span>> open = new LinkedHashMap<>(1024, 0.75f, true);
    private final LongSet closedIds = new LongSet();
    private long held;
    private long splitTraces;
    private long lateSpans;

    TraceWindow(int maxSpans, Consumer<List<Span>> closed) {
        if (maxSpans < 1) {
            throw new IllegalArgumentException("the window must hold at least one span, got " + maxSpans);
        }
        this.maxSpans = maxSpans;
        this.closed = closed;
    }

    void add(Span span) {
        List<Span> trace = open.get(span.traceId());
        if (trace == null) {
            trace = new ArrayList<>();
            open.put(span.traceId(), trace);
            if (closedIds.contains(hash(span.traceId()))) {
                splitTraces++;
            }
        }
        if (closedIds.contains(hash(span.traceId()))) {
            lateSpans++;
        }
        trace.add(span);
        held++;
        if (held > maxSpans) {
            shrink();
        }
    }

    /** Closes every open trace, least recently touched first. */
    void finish() {
        while (!open.isEmpty()) {
            closeEldest();
        }
    }

    /** Traces whose spans came after the trace had been closed, so it was analysed in fragments. */
    long splitTraces() {
        return splitTraces;
    }

    /** Spans that arrived after their trace had been closed. */
    long lateSpans() {
        return lateSpans;
    }

    private void shrink() {
        while (held > maxSpans && !open.isEmpty()) {
            closeEldest();
        }
    }

    private void closeEldest() {
        Iterator<Map.Entry<String, List<Span>>> eldest = open.entrySet().iterator();
        Map.Entry<String, List<Span>> entry = eldest.next();
        eldest.remove();
        held -= entry.getValue().size();
        closedIds.add(hash(entry.getKey()));
        closed.accept(entry.getValue());
    }

    /** The low 64 bits of a hex trace id (random in every format), or a string hash for odd ids. */
    static long hash(String traceId) {
        int length = traceId.length();
        if (length > 0 && length <= 32) {
            try {
                return Long.parseUnsignedLong(traceId.substring(Math.max(0, length - 16)), 16);
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        long h = 1125899906842597L;
        for (int i = 0; i < length; i++) {
            h = 31 * h + traceId.charAt(i);
        }
        return h;
    }

    /** An open-addressing set of longs. */
    static final class LongSet {
        private static final long EMPTY = 0;
        private long[] table = new long[1024];
        private int size;
        private boolean hasEmpty;

        boolean contains(long value) {
            if (value == EMPTY) {
                return hasEmpty;
            }
            int mask = table.length - 1;
            for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
                if (table[i] == value) {
                    return true;
                }
                if (table[i] == EMPTY) {
                    return false;
                }
            }
        }

        void add(long value) {
            if (value == EMPTY) {
                hasEmpty = true;
                return;
            }
            if ((size + 1) * 2 > table.length) {
                grow();
            }
            int mask = table.length - 1;
            for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
                if (table[i] == value) {
                    return;
                }
                if (table[i] == EMPTY) {
                    table[i] = value;
                    size++;
                    return;
                }
            }
        }

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            size = 0;
            for (long value : old) {
                if (value != EMPTY) {
                    add(value);
                }
            }
        }

        private static int mix(long value) {
            long h = value * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
