package io.mdecomp.importer.traces;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * OTLP JSON (the protobuf JSON mapping of {@code ExportTraceServiceRequest}): one document
 * {@code {"resourceSpans": [...]}} or several in a row, as the collector's file exporter writes
 * them, one per line. Each resource's {@code service.name} names the service of its spans and
 * {@code service.instance.id} (or host and pod names) its instance; the spans sit in
 * {@code scopeSpans} (older writers: {@code instrumentationLibrarySpans}). Ids are hex (base64 is
 * accepted), times nanoseconds as strings or numbers, kinds and status codes numbers or enum names;
 * snake_case field names are accepted as the protobuf JSON mapping allows. Since a resource may
 * follow its spans, the spans of one {@code resourceSpans} entry are held until it ends.
 */
final class OtlpReader implements FormatReader {

    @Override
    public void read(ReadContext c) throws IOException {
        JsonParser p = c.parser;
        JsonToken token = p.nextToken();
        if (token == null) {
            throw c.structure("expected an OTLP JSON object {\"resourceSpans\": [...]}, found the end of the file");
        }
        while (token != null) {
            if (token != JsonToken.START_OBJECT) {
                throw c.structure("expected an OTLP JSON object {\"resourceSpans\": [...]}, found "
                        + ReadContext.describe(token));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("resourceSpans".equals(field) || "resource_spans".equals(field)) {
                    array(c, field);
                    JsonToken item;
                    while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                        requireObject(c, item, "a resourceSpans entry");
                        resourceSpans(c);
                    }
                } else {
                    p.skipChildren();
                }
            }
            token = p.nextToken();
        }
    }

    private static void resourceSpans(ReadContext c) throws IOException {
        JsonParser p = c.parser;
        List<String[]> resource = new ArrayList<>();
        List<SpanDraft> drafts = new ArrayList<>();
        List<SpanOrigin> origins = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "resource":
                    requireObject(c, p.currentToken(), "'resource'");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        p.nextToken();
                        if ("attributes".equals(key)) {
                            attributes(c, new SpanDraft(), (k, v) -> resource.add(new String[] {k, v}));
                        } else {
                            p.skipChildren();
                        }
                    }
                    break;
                case "scopeSpans":
                case "scope_spans":
                case "instrumentationLibrarySpans":
                case "instrumentation_library_spans":
                    array(c, field);
                    JsonToken scope;
                    while ((scope = p.nextToken()) != JsonToken.END_ARRAY) {
                        requireObject(c, scope, "a scopeSpans entry");
                        scopeSpans(c, drafts, origins);
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            SpanDraft draft = drafts.get(i);
            for (String[] attribute : resource) {
                if ("service.name".equals(attribute[0])) {
                    draft.service = attribute[1];
                } else {
                    draft.attribute(attribute[0], attribute[1]);
                }
            }
            c.emit(draft, origins.get(i));
        }
    }

    private static void scopeSpans(ReadContext c, List<SpanDraft> drafts, List<SpanOrigin> origins) throws IOException {
        JsonParser p = c.parser;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("spans".equals(field)) {
                array(c, field);
                JsonToken token;
                while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                    requireObject(c, token, "a span object");
                    origins.add(c.nextOrigin());
                    drafts.add(span(c));
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static SpanDraft span(ReadContext c) throws IOException {
        JsonParser p = c.parser;
        SpanDraft draft = new SpanDraft();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "traceId":
                case "trace_id":
                    draft.traceId = c.text(draft, field);
                    break;
                case "spanId":
                case "span_id":
                    draft.spanId = c.text(draft, field);
                    break;
                case "parentSpanId":
                case "parent_span_id":
                    draft.parentId = c.text(draft, field);
                    break;
                case "name":
                    draft.name = c.text(draft, field);
                    break;
                case "kind":
                    draft.kind = SpanKind.parse(c.text(draft, field));
                    break;
                case "startTimeUnixNano":
                case "start_time_unix_nano":
                    draft.startNanos = c.wholeNumber(draft, field);
                    break;
                case "endTimeUnixNano":
                case "end_time_unix_nano":
                    draft.endNanos = c.wholeNumber(draft, field);
                    break;
                case "attributes":
                    attributes(c, draft, draft::attribute);
                    break;
                case "status":
                    status(c, draft);
                    break;
                case "links":
                    links(c, draft);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return draft;
    }

    private static void status(ReadContext c, SpanDraft draft) throws IOException {
        JsonParser p = c.parser;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String value = c.scalar();
            if ("code".equals(field) && value != null) {
                draft.error |= "2".equals(value) || "STATUS_CODE_ERROR".equals(value);
            }
        }
    }

    private static void links(ReadContext c, SpanDraft draft) throws IOException {
        JsonParser p = c.parser;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String trace = "";
            String span = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                String value = c.scalar();
                if (("traceId".equals(field) || "trace_id".equals(field)) && value != null) {
                    trace = value;
                } else if (("spanId".equals(field) || "span_id".equals(field)) && value != null) {
                    span = value;
                }
            }
            if (draft.linkedSpanId.isEmpty() && !span.isEmpty()) {
                draft.linkedTraceId = trace;
                draft.linkedSpanId = span;
            }
        }
    }

    /** {@code [{"key": k, "value": {"stringValue": v}}]}; arrays, maps and bytes values are left out. */
    private static void attributes(ReadContext c, SpanDraft draft, BiConsumer<String, String> to) throws IOException {
        JsonParser p = c.parser;
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            draft.problem("'attributes' must be an array of {key, value}");
            p.skipChildren();
            return;
        }
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                draft.problem("'attributes' must hold {key, value} objects, found " + ReadContext.describe(token));
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
                } else if ("value".equals(field) && p.currentToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String type = p.currentName();
                        p.nextToken();
                        String scalar = c.scalar();
                        if (scalar != null && !"bytesValue".equals(type) && !"bytes_value".equals(type)) {
                            value = scalar;
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (key != null && value != null) {
                to.accept(key, value);
            }
        }
    }

    private static void array(ReadContext c, String field) {
        if (c.parser.currentToken() != JsonToken.START_ARRAY) {
            throw c.structure("'" + field + "' must be an array, found " + ReadContext.describe(c.parser.currentToken()));
        }
    }

    private static void requireObject(ReadContext c, JsonToken token, String what) {
        if (token != JsonToken.START_OBJECT) {
            throw c.structure("expected " + what + ", found " + ReadContext.describe(token));
        }
    }
}
