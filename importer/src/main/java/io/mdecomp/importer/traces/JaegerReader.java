package io.mdecomp.importer.traces;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jaeger JSON as its UI downloads it and its query API ({@code /api/traces}) answers:
 * {@code {"data": [trace...]}}, a bare array of traces, or one trace object. A trace holds
 * {@code spans} and {@code processes}; each span names its process by {@code processID} (or
 * embeds a {@code process}), which gives the service name and instance tags. Since processes may
 * follow the spans, the spans of one trace are held until the trace object ends. The parent is
 * the first {@code CHILD_OF} reference (else the first {@code FOLLOWS_FROM}); the kind comes from
 * the {@code span.kind} tag. Times are microseconds.
 */
final class JaegerReader implements FormatReader {

    private static final String SHAPE = "Jaeger JSON: {\"data\": [traces]}, an array of traces or one trace";

    @Override
    public void read(ReadContext c) throws IOException {
        JsonParser p = c.parser;
        JsonToken first = p.nextToken();
        if (first == JsonToken.START_ARRAY) {
            traces(c);
        } else if (first == JsonToken.START_OBJECT) {
            TraceBuffer outer = new TraceBuffer();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("data".equals(field)) {
                    if (p.currentToken() == JsonToken.START_ARRAY) {
                        traces(c);
                    } else if (p.currentToken() != JsonToken.VALUE_NULL) {
                        throw c.structure("'data' must be an array of traces, found "
                                + ReadContext.describe(p.currentToken()));
                    }
                } else {
                    traceField(c, outer, field);
                }
            }
            outer.flush(c);
        } else {
            throw c.structure("expected " + SHAPE + ", found " + ReadContext.describe(first));
        }
        if (p.nextToken() != null) {
            throw c.structure("unexpected content after the Jaeger document");
        }
    }

    private static void traces(ReadContext c) throws IOException {
        JsonParser p = c.parser;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw c.structure("expected a trace object, found " + ReadContext.describe(token));
            }
            TraceBuffer trace = new TraceBuffer();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                traceField(c, trace, field);
            }
            trace.flush(c);
        }
    }

    private static void traceField(ReadContext c, TraceBuffer trace, String field) throws IOException {
        JsonParser p = c.parser;
        if ("spans".equals(field)) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw c.structure("'spans' must be an array, found " + ReadContext.describe(p.currentToken()));
            }
            JsonToken token;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    throw c.structure("expected a span object, found " + ReadContext.describe(token));
                }
                trace.spans.add(span(c));
            }
        } else if ("processes".equals(field)) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw c.structure("'processes' must be an object, found " + ReadContext.describe(p.currentToken()));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                p.nextToken();
                trace.processes.put(id, process(c));
            }
        } else {
            p.skipChildren();
        }
    }

    private static Pending span(ReadContext c) throws IOException {
        JsonParser p = c.parser;
        SpanOrigin origin = c.nextOrigin();
        SpanDraft draft = new SpanDraft();
        Process embedded = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "traceID":
                    draft.traceId = c.text(draft, field);
                    break;
                case "spanID":
                    draft.spanId = c.text(draft, field);
                    break;
                case "parentSpanID":
                    draft.parentId = c.text(draft, field);
                    break;
                case "operationName":
                    draft.name = c.text(draft, field);
                    break;
                case "references":
                    references(c, draft);
                    break;
                case "startTime":
                    draft.startNanos = draft.micros(c.wholeNumber(draft, field), field);
                    break;
                case "duration":
                    draft.durationNanos = draft.micros(c.wholeNumber(draft, field), field);
                    break;
                case "tags":
                    tags(c, draft, draft::attribute);
                    break;
                case "processID":
                    draft.processId = c.text(draft, field);
                    break;
                case "process":
                    embedded = process(c);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new Pending(draft, origin, embedded);
    }


    private static void references(ReadContext c, SpanDraft draft) throws IOException {
        JsonParser p = c.parser;
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            draft.problem("'references' must be an array");
            p.skipChildren();
            return;
        }
        String followsFrom = "";
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                draft.problem("'references' must hold objects, found " + ReadContext.describe(token));
                p.skipChildren();
                continue;
            }
            String type = "";
            String span = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                String value = c.scalar();
                if ("refType".equals(field) && value != null) {
                    type = value;
                } else if ("spanID".equals(field) && value != null) {
                    span = value;
                }
            }
            if ("CHILD_OF".equals(type) && draft.parentId.isEmpty()) {
                draft.parentId = span;
            } else if ("FOLLOWS_FROM".equals(type) && followsFrom.isEmpty()) {
                followsFrom = span;
            }
        }
        if (draft.parentId.isEmpty()) {
            draft.parentId = followsFrom;
        }
    }

    private static Process process(ReadContext c) throws IOException {
        JsonParser p = c.parser;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw c.structure("a process must be an object, found " + ReadContext.describe(p.currentToken()));
        }
        Process process = new Process();
        SpanDraft scratch = new SpanDraft();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("serviceName".equals(field)) {
                String name = c.scalar();
                process.service = name == null ? "" : name;
            } else if ("tags".equals(field)) {
                tags(c, scratch, (k, v) -> process.tags.add(new String[] {k, v}));
            } else {
                p.skipChildren();
            }
        }
        return process;
    }

    /** Jaeger's {@code [{"key": ..., "type": ..., "value": ...}]}. */
    private static void tags(ReadContext c, SpanDraft draft, java.util.function.BiConsumer<String, String> to)
            throws IOException {
        JsonParser p = c.parser;
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            draft.problem("'tags' must be an array of {key, type, value}");
            p.skipChildren();
            return;
        }
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                draft.problem("'tags' must hold {key, type, value} objects, found " + ReadContext.describe(token));
                p.skipChildren();
                continue;
            }
            String key = null;
            String value = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("key".equals(field)) {
                    key = c.scalar();
                } else if ("value".equals(field)) {
                    value = c.scalar();
                } else {
                    p.skipChildren();
                }
            }
            if (key != null && value != null) {
                to.accept(key, value);
            }
        }
    }

    /** A process: the service name and its tags. */
    private static final class Process {
        String service = "";
        final List<String[]> tags = new ArrayList<>();
    }

    private record Pending(SpanDraft draft, SpanOrigin origin, Process embedded) {
    }

    /** The spans and processes of one trace object, until it ends. */
    private static final class TraceBuffer {
        final List<Pending> spans = new ArrayList<>();
        final Map<String, Process> processes = new HashMap<>();

        void flush(ReadContext c) {
            for (Pending pending : spans) {
                SpanDraft draft = pending.draft();
                Process process = pending.embedded() != null ? pending.embedded() : processes.get(draft.processId);
                if (process == null) {
                    draft.problem(draft.processId.isEmpty() ? "it names no process (no 'processID')"
                            : "its processID '" + draft.processId + "' is not among the trace's processes");
                } else {
                    draft.service = process.service;
                    for (String[] tag : process.tags) {
                        draft.attribute(tag[0], tag[1]);
                    }
                }
                c.emit(draft, pending.origin());
            }
            spans.clear();
        }
    }
}
