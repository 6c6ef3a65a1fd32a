package io.mdecomp.importer.traces;

import io.mdecomp.importer.traces.TraceStatistics.CallStats;
import io.mdecomp.importer.traces.TraceStatistics.EndpointStats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds one trace (or a fragment of one, when the window split it) to the statistics.
 *
 * <ul>
 *   <li>Parents: a span's parent is the span with its parent id; Zipkin's shared server span
 *       (same id as its client span) is the child of that client span.</li>
 *   <li>Kinds: a span without a kind receives work when it is a root or its parent is in another
 *       service, calls when a child is in another service, and is internal otherwise.</li>
 *   <li>A receiving span (server or consumer) is a request of its endpoint. Its calls are the
 *       client spans under it (through internal spans of its service) and receiving spans of other
 *       services directly under it. A call whose callee recorded a receiving span is instrumented:
 *       its time (the union of the intervals of such calls, clipped to the request) is taken out of
 *       the request's duration to give the self time; the time of a call to an uninstrumented peer
 *       (a database, an external API) stays in the self time.</li>
 *   <li>Producer spans under a request publish an event named by their destination; consumer
 *       spans under them, or linking to them from another trace, consume it.</li>
 *   <li>A root's first receiving span is where the request entered: its route and start time make
 *       the workload. Consumer roots are event handlers, not arrivals.</li>
 * </ul>
 */
final class TraceAnalysis {

    private final TraceStatistics stats;

    private Span[] spans;
    private SpanKind[] kinds;
    private int[] parent;
    private int[] childStart;
    private int[] childIndex;

    TraceAnalysis(TraceStatistics stats) {
        this.stats = stats;
    }

    void analyze(List<Span> trace) {
        stats.traces++;
        stats.spans += trace.size();
        spans = withoutDuplicates(trace);
        int n = spans.length;
        linkParents();
        linkChildren();
        kinds = new SpanKind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = effectiveKind(i);
        }
        for (int i = 0; i < n; i++) {
            if (kinds[i].receives()) {
                request(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (spans[i].isRoot()) {
                root(i);
            } else if (parent[i] < 0) {
                stats.orphans++;
            }
        }
    }

    private Span[] withoutDuplicates(List<Span> trace) {
        Map<String, Span> seen = new LinkedHashMap<>();
        for (Span span : trace) {
            String identity = span.spanId() + '|' + span.kind() + '|' + span.service();
            if (seen.putIfAbsent(identity, span) != null) {
                stats.duplicates++;
            }
        }
        Span[] result = seen.values().toArray(new Span[0]);
        Arrays.sort(result, (a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        return result;
    }

    private void linkParents() {
        int n = spans.length;
        Map<String, Integer> first = new HashMap<>(n * 2);
        Map<String, Integer> second = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer previous = first.putIfAbsent(spans[i].spanId(), i);
            if (previous != null) {
                second.putIfAbsent(spans[i].spanId(), i);
            }
        }
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            Span span = spans[i];
            parent[i] = -1;
            Integer sameId = second.containsKey(span.spanId()) ? other(first, second, span.spanId(), i) : null;
            if (sameId != null && span.kind() == SpanKind.SERVER && spans[sameId].kind() == SpanKind.CLIENT) {
                parent[i] = sameId;
            } else if (!span.parentId().isEmpty()) {
                parent[i] = parentAmong(i, first.get(span.parentId()), second.get(span.parentId()));
            }
        }
        breakCycles();
    }

    /**
     * The parent of span {@code i} among the (at most two) spans with its parent id: when a client
     * span and Zipkin's shared server span carry the same id, a child in the server's service
     * belongs to the server span, a child in the client's service to the client span.
     */
    private int parentAmong(int i, Integer a, Integer b) {
        if (a == null || a == i) {
            return b == null || b == i ? -1 : b;
        }
        if (b == null || b == i) {
            return a;
        }
        boolean aSame = spans[a].service().equals(spans[i].service());
        boolean bSame = spans[b].service().equals(spans[i].service());
        if (aSame != bSame) {
            return aSame ? a : b;
        }
        return spans[b].kind() == SpanKind.SERVER ? b : a;
    }

    private static Integer other(Map<String, Integer> first, Map<String, Integer> second, String id, int self) {
        int a = first.get(id);
        return a == self ? second.get(id) : a;
    }

    /** Spans whose parent links loop (bad data) lose the link that closes the loop. */
    private void breakCycles() {
        int n = spans.length;
        byte[] state = new byte[n];
        for (int i = 0; i < n; i++) {
            int at = i;
            List<Integer> path = new ArrayList<>();
            while (at >= 0 && state[at] == 0) {
                state[at] = 1;
                path.add(at);
                at = parent[at];
            }
            if (at >= 0 && state[at] == 1) {
                parent[at] = -1;
            }
            for (int p : path) {
                state[p] = 2;
            }
        }
    }

    private void linkChildren() {
        int n = spans.length;
        childStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                childStart[parent[i] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            childStart[i + 1] += childStart[i];
        }
        childIndex = new int[childStart[n]];
        int[] fill = Arrays.copyOf(childStart, n);
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                childIndex[fill[parent[i]]++] = i;
            }
        }
    }

    private SpanKind effectiveKind(int i) {
        SpanKind kind = spans[i].kind();
        if (kind != SpanKind.UNSPECIFIED) {
            return kind;
        }
        if (parent[i] < 0 || !spans[parent[i]].service().equals(spans[i].service())) {
            return SpanKind.SERVER;
        }
        for (int c = childStart[i]; c < childStart[i + 1]; c++) {
            if (!spans[childIndex[c]].service().equals(spans[i].service())) {
                return SpanKind.CLIENT;
            }
        }
        return SpanKind.INTERNAL;
    }

    /** One call made while serving a request: the client span (or -1) and the callee's receiving span (or -1). */
    private record Outgoing(int client, int callee) {
        long start(Span[] spans) {
            return spans[client >= 0 ? client : callee].startNanos();
        }

        long end(Span[] spans) {
            return spans[client >= 0 ? client : callee].endNanos();
        }
    }

    private void request(int r) {
        Span span = spans[r];
        Recognized recognized = kinds[r] == SpanKind.CONSUMER ? Recognized.consumer(span, topicOf(r))
                : Recognized.server(span);
        EndpointStats endpoint = stats.endpoint(recognized);
        if (kinds[r] == SpanKind.CONSUMER) {
            endpoint.consumes = topicOf(r);
            stats.consumers.computeIfAbsent(endpoint.consumes, t -> new java.util.TreeSet<>()).add(recognized.key());
        }
        endpoint.requests++;
        stats.instance(span.service(), span.instance());
        List<Outgoing> calls = new ArrayList<>();
        List<Integer> producers = new ArrayList<>();
        collect(r, calls, producers);
        calls.sort((a, b) -> Long.compare(a.start(spans), b.start(spans)));
        long busy = 0;
        long coveredUntil = span.startNanos();
        long latestEnd = Long.MIN_VALUE;
        boolean downstreamFailed = false;
        Map<EndpointKey, long[]> perCallee = new LinkedHashMap<>();
        for (Outgoing call : calls) {
            boolean failed = (call.client() >= 0 && spans[call.client()].error())
                    || (call.callee() >= 0 && spans[call.callee()].error());
            downstreamFailed |= failed;
            if (call.callee() < 0) {
                stats.uninstrumented(span.service(), peerOf(call.client()));
                continue;
            }
            long start = Math.max(call.start(spans), span.startNanos());
            long end = Math.min(call.end(spans), span.endNanos());
            if (end > coveredUntil) {
                busy += end - Math.max(start, coveredUntil);
                coveredUntil = end;
            }
            EndpointKey callee = calleeKey(call.callee());
            long[] counts = perCallee.computeIfAbsent(callee, k -> new long[] {0, perCallee.size(), 0, 0});
            counts[0]++;
            if (call.start(spans) < latestEnd) {
                counts[2]++;
            }
            if (failed) {
                counts[3]++;
            }
            latestEnd = Math.max(latestEnd, call.end(spans));
            if (call.client() >= 0) {
                long roundTrip = spans[call.client()].durationNanos() - spans[call.callee()].durationNanos();
                if (roundTrip >= 0) {
                    stats.roundTrips.add(roundTrip / 1e9);
                } else {
                    stats.negativeRoundTrips++;
                }
            }
        }
        endpoint.selfTime.add(Math.max(0, span.durationNanos() - busy) / 1e9);
        for (Map.Entry<EndpointKey, long[]> entry : perCallee.entrySet()) {
            long[] c = entry.getValue();
            CallStats edge = endpoint.call(entry.getKey());
            edge.calls += c[0];
            edge.parents++;
            edge.sumSquares += c[0] * c[0];
            edge.rankSum += c[1];
            edge.overlapping += c[2];
            edge.errors += c[3];
        }
        if (span.error()) {
            endpoint.errors++;
            if (!downstreamFailed) {
                endpoint.ownErrors++;
            }
        }
        publish(r, endpoint, producers);
    }

    /** Calls and producer spans made while serving {@code at}, through internal spans of its service. */
    private void collect(int at, List<Outgoing> calls, List<Integer> producers) {
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        pending.push(at);
        while (!pending.isEmpty()) {
            int node = pending.pop();
            for (int c = childStart[node]; c < childStart[node + 1]; c++) {
                int child = childIndex[c];
                SpanKind kind = kinds[child];
                if (kind == SpanKind.CLIENT) {
                    calls.add(new Outgoing(child, calleeOf(child)));
                } else if (kind == SpanKind.PRODUCER) {
                    producers.add(child);
                } else if (kind == SpanKind.SERVER) {
                    calls.add(new Outgoing(-1, child));
                } else if (kind == SpanKind.INTERNAL) {
                    pending.push(child);
                }
            }
        }
    }

    /**
     * The server span that answered client span {@code client}: a child, or a child of spans of
     * the caller's service below it (an instrumented HTTP library inside a client wrapper); -1
     * when the callee recorded nothing.
     */
    private int calleeOf(int client) {
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        pending.add(client);
        String service = spans[client].service();
        while (!pending.isEmpty()) {
            int node = pending.poll();
            for (int c = childStart[node]; c < childStart[node + 1]; c++) {
                int child = childIndex[c];
                if (kinds[child] == SpanKind.SERVER) {
                    return child;
                }
                if (!kinds[child].receives() && spans[child].service().equals(service)) {
                    pending.add(child);
                }
            }
        }
        return -1;
    }

    private EndpointKey calleeKey(int callee) {
        return kinds[callee] == SpanKind.CONSUMER ? Recognized.consumer(spans[callee], topicOf(callee)).key()
                : Recognized.server(spans[callee]).key();
    }

    private String peerOf(int client) {
        Span span = spans[client];
        return !span.peer().isEmpty() ? span.peer() : span.name().isEmpty() ? "unnamed" : span.name();
    }

    /** A consumer's topic: its destination, else its producer's, else a linked producer's event, else its name. */
    private String topicOf(int consumer) {
        Span span = spans[consumer];
        if (!span.destination().isEmpty()) {
            return span.destination();
        }
        int p = parent[consumer];
        if (p >= 0 && kinds[p] == SpanKind.PRODUCER) {
            return eventOf(p);
        }
        TraceStatistics.Published linked = stats.recentProducers.get(span.linkedTraceId() + "/" + span.linkedSpanId());
        if (linked != null) {
            return linked.event();
        }
        return span.name().isEmpty() ? "unnamed" : span.name();
    }

    private String eventOf(int producer) {
        Span span = spans[producer];
        return !span.destination().isEmpty() ? span.destination() : span.name().isEmpty() ? "unnamed" : span.name();
    }

    private void publish(int r, EndpointStats endpoint, List<Integer> producers) {
        java.util.Set<String> events = new java.util.TreeSet<>();
        for (int p : producers) {
            String event = eventOf(p);
            events.add(event);
            stats.recentProducers.put(spans[p].traceId() + "/" + spans[p].spanId(),
                    new TraceStatistics.Published(endpoint.recognized.key(), event));
        }
        for (String event : events) {
            endpoint.publishes.merge(event, 1L, Long::sum);
        }
    }

    private void root(int i) {
        int entry = kinds[i] == SpanKind.SERVER ? i : kinds[i] == SpanKind.CONSUMER ? -2 : firstServerBelow(i);
        if (entry == -2) {
            stats.consumerRoots++;
            return;
        }
        if (entry < 0) {
            stats.rootsWithoutEndpoint++;
            return;
        }
        Span span = spans[entry];
        TraceStatistics.RouteStats route = stats.route(Recognized.server(span).key());
        route.latency.add(span.durationNanos() / 1e9);
        if (span.error()) {
            route.errors++;
        }
        stats.arrival(spans[i].startNanos());
    }

    /** The earliest server span below {@code at}, not looking past consumer spans; -1 when none. */
    private int firstServerBelow(int at) {
        int best = -1;
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        pending.push(at);
        while (!pending.isEmpty()) {
            int node = pending.pop();
            for (int c = childStart[node]; c < childStart[node + 1]; c++) {
                int child = childIndex[c];
                if (kinds[child] == SpanKind.SERVER) {
                    if (best < 0 || spans[child].startNanos() < spans[best].startNanos()) {
                        best = child;
                    }
                } else if (kinds[child] != SpanKind.CONSUMER) {
                    pending.push(child);
                }
            }
        }
        return best;
    }
}
