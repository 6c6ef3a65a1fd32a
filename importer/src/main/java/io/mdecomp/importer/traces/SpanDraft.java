package io.mdecomp.importer.traces;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A span while its JSON object is read: fields as they come, attributes interpreted by the names
 * OpenTelemetry's semantic conventions and the older Zipkin/Jaeger tags use, and the problems
 * found. {@link #build} checks what every span needs. Mutable, used by one reader at a time.
 */
final class SpanDraft {

    /** A time field that is absent. */
    static final long ABSENT = Long.MIN_VALUE;
    /** A time field that was present but not a whole number (already reported). */
    static final long INVALID = Long.MIN_VALUE + 1;

    String traceId = "";
    String spanId = "";
    String parentId = "";
    String linkedTraceId = "";
    String linkedSpanId = "";
    String service = "";
    String name = "";
    SpanKind kind = SpanKind.UNSPECIFIED;
    long startNanos = ABSENT;
    long durationNanos = ABSENT;
    long endNanos = ABSENT;
    boolean error;
    boolean shared;
    String processId = "";
    private String method = "";
    private String route = "";
    private String path = "";
    private int statusCode;
    private final String[] instance = new String[INSTANCE_KEYS.size()];
    private String peer = "";
    private String destination = "";
    private String rpcService = "";
    private String rpcMethod = "";
    private final List<String> problems = new ArrayList<>();

    /** Attribute keys naming an instance, best first. */
    static final List<String> INSTANCE_KEYS = List.of("service.instance.id", "k8s.pod.name", "host.name", "hostname",
            "ip", "host.ip");

    /** Microseconds as nanoseconds; absent and invalid values stay so, and out-of-range ones are a problem. */
    long micros(long value, String field) {
        if (value == ABSENT || value == INVALID) {
            return value;
        }
        if (Math.abs(value) > Long.MAX_VALUE / 1000) {
            problem("'" + field + "' is out of range: " + value + " microseconds");
            return INVALID;
        }
        return value * 1000;
    }

    /** Notes a problem of this span; the span is then malformed. */
    void problem(String message) {
        problems.add(message);
    }

    /** Interprets one attribute (OTLP), tag (Zipkin, Jaeger) or process/resource attribute. */
    void attribute(String key, String value) {
        switch (key) {
            case "http.request.method":
            case "http.method":
                method = value.strip().toUpperCase(Locale.ROOT);
                break;
            case "http.route":
                route = value.strip();
                break;
            case "url.path":
            case "http.path":
                path = withoutQuery(value);
                break;
            case "http.target":
                if (path.isEmpty()) {
                    path = withoutQuery(value);
                }
                break;
            case "http.url":
            case "url.full":
                if (path.isEmpty()) {
                    path = pathOfUrl(value);
                }
                break;
            case "http.response.status_code":
            case "http.status_code":
                statusCode = parseStatus(value);
                break;
            case "error":
                error |= !value.isEmpty() && !"false".equalsIgnoreCase(value);
                break;
            case "otel.status_code":
                error |= "ERROR".equalsIgnoreCase(value);
                break;
            case "span.kind":
                kind = SpanKind.parse(value);
                break;
            case "peer.service":
                peer = value.strip();
                break;
            case "messaging.destination.name":
            case "messaging.destination":
            case "kafka.topic":
                destination = value.strip();
                break;
            case "rpc.service":
                rpcService = value.strip();
                break;
            case "rpc.method":
                rpcMethod = value.strip();
                break;
            default:
                int rank = INSTANCE_KEYS.indexOf(key);
                if (rank >= 0 && !value.isBlank()) {
                    instance[rank] = value.strip();
                }
        }
    }

    /** A remote endpoint's service name (Zipkin): the peer of a client or producer span. */
    void remoteService(String value) {
        if (peer.isEmpty()) {
            peer = value.strip();
        }
    }

    /** An instance named by where the span was recorded (Zipkin's local endpoint address). */
    void fallbackInstance(String value) {
        int last = INSTANCE_KEYS.size() - 1;
        if (instance[last] == null && !value.isBlank()) {
            instance[last] = value;
        }
    }

    /**
     * The span, or {@code null} when it is malformed; then {@link #problems()} says why. Server
     * spans answering 5xx count as failed; a client span's 4xx/5xx does too.
     */
    Span build(SpanOrigin origin, Ids ids) {
        String trace = ids.normalize(traceId, "trace id", this);
        String id = ids.normalize(spanId, "span id", this);
        String parent = parentId.isEmpty() ? "" : ids.normalize(parentId, "parent id", this);
        String linkTrace = linkedTraceId.isEmpty() ? "" : ids.normalize(linkedTraceId, "link trace id", this);
        String linkSpan = linkedSpanId.isEmpty() ? "" : ids.normalize(linkedSpanId, "link span id", this);
        if (parent.equals(id) && !id.isEmpty() && !shared) {
            problem("it names itself as its parent");
        }
        if (service.isBlank()) {
            problem("it has no service name");
        }
        if (startNanos == ABSENT) {
            problem("it has no start time");
        }
        long duration = durationNanos;
        if (duration == ABSENT && endNanos != ABSENT) {
            duration = endNanos == INVALID || startNanos < INVALID + 1 ? INVALID : endNanos - startNanos;
        }
        if (duration == ABSENT) {
            problem("it has no duration (an unfinished span?)");
        } else if (duration != INVALID && duration < 0) {
            problem("it ends before it starts (duration " + duration + " ns)");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        boolean failed = error || statusCode >= 500 || (kind == SpanKind.CLIENT && statusCode >= 400);
        String rpc = rpcService.isEmpty() ? "" : rpcService + "/" + rpcMethod;
        return new Span(trace, id, parent, linkTrace, linkSpan, ids.intern(service.strip()), ids.intern(name.strip()),
                kind, startNanos, duration, failed, ids.intern(method), ids.intern(route), ids.intern(path),
                ids.intern(instance()), ids.intern(peer), ids.intern(destination), ids.intern(rpc), shared, origin);
    }

    List<String> problems() {
        return problems;
    }

    private String instance() {
        for (String candidate : instance) {
            if (candidate != null) {
                return candidate;
            }
        }
        return "";
    }

    private static String withoutQuery(String value) {
        String text = value.strip();
        int query = text.indexOf('?');
        return query >= 0 ? text.substring(0, query) : text;
    }

    private static String pathOfUrl(String url) {
        String text = withoutQuery(url);
        int scheme = text.indexOf("://");
        if (scheme < 0) {
            return text;
        }
        int slash = text.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : text.substring(slash);
    }

    private static int parseStatus(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Normalises ids to lower-case hex (base64 ids, as some OTLP writers emit, are decoded) and
     * shares repeated low-cardinality strings such as service and operation names.
     */
    static final class Ids {

        /** Beyond this many distinct strings, new ones are no longer shared. */
        private static final int MAX_INTERNED = 100_000;

        private final java.util.HashMap<String, String> pool = new java.util.HashMap<>();

        String intern(String value) {
            if (value.isEmpty()) {
                return "";
            }
            String known = pool.get(value);
            if (known != null) {
                return known;
            }
            if (pool.size() < MAX_INTERNED) {
                pool.put(value, value);
            }
            return value;
        }

        String normalize(String id, String what, SpanDraft draft) {
            String text = id.strip();
            if (text.isEmpty()) {
                draft.problem("it has no " + what);
                return "";
            }
            if (isHex(text)) {
                return text.toLowerCase(Locale.ROOT);
            }
            if (text.length() == 24 || text.length() == 12) {
                try {
                    byte[] bytes = Base64.getDecoder().decode(text);
                    StringBuilder hex = new StringBuilder(bytes.length * 2);
                    for (byte b : bytes) {
                        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
                    }
                    return hex.toString();
                } catch (IllegalArgumentException e) {
                    // not base64 either; reported below
                }
            }
            draft.problem("its " + what + " '" + abbreviate(text) + "' is not hexadecimal");
            return "";
        }

        private static boolean isHex(String text) {
            if (text.length() > 32) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (Character.digit(text.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
