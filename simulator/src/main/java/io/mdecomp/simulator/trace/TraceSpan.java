package io.mdecomp.simulator.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * A span while its request is in flight: ids, kind, where it was recorded, what it is about, its
 * start, and the events noted on it. {@link Tracer#end} closes it and hands it to the writer.
 * Mutable, owned by the tracer of one run.
 */
public final class TraceSpan {

    final long traceHigh;
    final long traceLow;
    final long id;
    final long parentId;
    final SpanKind kind;
    final String service;
    /** The instance's index in its service, or −1 for the gateway. */
    final int instance;
    final String name;
    final double start;
    String method = "";
    String route = "";
    String peer = "";
    String destination = "";
    int attempt;
    List<SpanEvent> events;
    double end;
    String error;

    TraceSpan(long traceHigh, long traceLow, long id, long parentId, SpanKind kind, String service, int instance,
              String name, double start) {
        this.traceHigh = traceHigh;
        this.traceLow = traceLow;
        this.id = id;
        this.parentId = parentId;
        this.kind = kind;
        this.service = service;
        this.instance = instance;
        this.name = name;
        this.start = start;
    }

    void event(String eventName, double at, String cause) {
        if (events == null) {
            events = new ArrayList<>(2);
        }
        events.add(new SpanEvent(eventName, at, cause));
    }

    /** The instance id written to traces: {@code order-service-0}. */
    String instanceId() {
        return instance < 0 ? service : service + "-" + instance;
    }

    /** An event on a span: its name, time and the error cause it is about (or null). */
    record SpanEvent(String name, double at, String cause) {
    }
}
