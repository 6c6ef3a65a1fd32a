package io.mdecomp.simulator.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/**
 * Records sampled requests as spans. Components ask for a span with the span of the work that
 * caused it; an unsampled request has no span ({@code null}), so everything below it is skipped at
 * the cost of a null check. Per request: the gateway's handling (internal, service
 * {@value #GATEWAY}), a client span per attempt of each call (the attempt number and the error
 * cause on it), a server span per endpoint visit from the moment a worker takes it (a rejected
 * request gets a zero-length one), a producer span per published event and a consumer span per
 * message handled. Ids are derived from the run's seed and counters, so the same run writes the
 * same spans. Simulated time t maps to {@code epochNanos + t·10⁹}.
 */
public final class Tracer {

    /** The service name of the gateway's spans. */
    public static final String GATEWAY = "gateway";

    private final SpanWriter writer;
    private final double sample;
    private final SplittableRandom sampling;
    private final long traceHigh;
    private final long epochNanos;
    private long requests;
    private long spans;

    private Tracer(SpanWriter writer, double sample, SplittableRandom sampling, long seed, long epochNanos) {
        this.writer = writer;
        this.sample = sample;
        this.sampling = sampling;
        this.traceHigh = mix(seed) | 1L << 62;
        this.epochNanos = epochNanos;
    }

    /** A tracer that samples nothing. */
    public static Tracer off() {
        return new Tracer(null, 0, null, 0, 0);
    }

    /**
     * A tracer writing to {@code output}: requests are sampled with probability {@code sample},
     * drawn from {@code sampling} (the run's stream {@code traces}); ids derive from {@code seed}.
     */
    public static Tracer on(TraceOutput output, SplittableRandom sampling, long seed) {
        return new Tracer(output.format().writer(output.target(), output.epochNanos()), output.sample(), sampling, seed,
                output.epochNanos());
    }

    long epochNanos() {
        return epochNanos;
    }

    /** The root span of a new request for {@code route}, or null when it is not sampled. */
    public TraceSpan request(String route, double now) {
        if (writer == null || !(sample >= 1 || sampling.nextDouble() < sample)) {
            return null;
        }
        requests++;
        TraceSpan root = new TraceSpan(traceHigh, mix(requests), nextId(), 0, SpanKind.INTERNAL, GATEWAY,
                -1, route, now);
        int space = route.indexOf(' ');
        if (space > 0) {
            root.method = route.substring(0, space);
            root.route = route.substring(space + 1);
        }
        return root;
    }

    /**
     * A client span for attempt {@code attempt} (1 for the first) of a call from {@code caller} to
     * {@code callee}'s {@code route}; null when the parent is.
     */
    public TraceSpan client(TraceSpan parent, String caller, String callee, String route, int attempt, double now) {
        if (parent == null) {
            return null;
        }
        int instance = parent.service.equals(caller) ? parent.instance : -1;
        TraceSpan span = child(parent, SpanKind.CLIENT, caller, instance, route, now);
        span.peer = callee;
        span.attempt = attempt;
        methodAndRoute(span, route);
        return span;
    }

    /** A server span (consumer span when {@code message}) of an endpoint visit at an instance. */
    public TraceSpan server(TraceSpan parent, String service, int instance, String route, boolean message, double now) {
        if (parent == null) {
            return null;
        }
        TraceSpan span = child(parent, message ? SpanKind.CONSUMER : SpanKind.SERVER, service, instance,
                message ? parent.destination + " process" : route, now);
        if (message) {
            span.destination = parent.destination;
        } else {
            methodAndRoute(span, route);
        }
        return span;
    }

    /** A producer span for publishing {@code event}; it ends at once (publishing takes no time). */
    public TraceSpan producer(TraceSpan parent, String service, String event, double now) {
        if (parent == null) {
            return null;
        }
        TraceSpan span = child(parent, SpanKind.PRODUCER, service, parent.service.equals(service) ? parent.instance : -1,
                event + " publish", now);
        span.destination = event;
        return span;
    }

    /** Notes an event on a span (a no-op for null). */
    public void event(TraceSpan span, String name, double now, String cause) {
        if (span != null) {
            span.event(name, now, cause);
        }
    }

    /** Ends a span, failed with {@code error} (a cause label) or successful (null), and writes it. */
    public void end(TraceSpan span, double now, String error) {
        if (span == null) {
            return;
        }
        span.end = now;
        span.error = error;
        try {
            writer.write(span);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write traces: " + e.getMessage(), e);
        }
    }

    /** Ends the document; spans still open (requests in flight at the end) are not written. */
    public void finish() {
        if (writer == null) {
            return;
        }
        try {
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write traces: " + e.getMessage(), e);
        }
    }

    /** Requests sampled so far. */
    public long sampledRequests() {
        return requests;
    }

    private TraceSpan child(TraceSpan parent, SpanKind kind, String service, int instance, String name, double now) {
        return new TraceSpan(parent.traceHigh, parent.traceLow, nextId(), parent.id, kind, service, instance, name, now);
    }

    private long nextId() {
        long id = mix(traceHigh ^ ++spans);
        return id == 0 ? 1 : id;
    }

    /** SplitMix64's finalizer: distinct counters give distinct, random-looking ids. */
    private static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static void methodAndRoute(TraceSpan span, String route) {
        int space = route.indexOf(' ');
        if (space > 0) {
            span.method = route.substring(0, space);
            span.route = route.substring(space + 1);
        }
    }
}
