package io.mdecomp.importer.traces;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Zipkin v2 JSON: an array of spans (what {@code POST /api/v2/spans} takes), or an array of
 * traces, each an array of spans (what {@code GET /api/v2/traces} returns). Timestamps and
 * durations are microseconds; the service is {@code localEndpoint.serviceName}, the peer
 * {@code remoteEndpoint.serviceName}, the instance the local endpoint's address.
 */
final class ZipkinReader implements FormatReader {

    private static final String SHAPE = "a JSON array of Zipkin v2 spans (or of traces, each an array of spans)";

    @Override
    public void read(ReadContext c) throws IOException {
        JsonParser p = c.parser;
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_ARRAY) {
            throw c.structure("expected " + SHAPE + ", found " + ReadContext.describe(first));
        }
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_OBJECT) {
                span(c);
            } else if (token == JsonToken.START_ARRAY) {
                while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (token != JsonToken.START_OBJECT) {
                        throw c.structure("expected a span object in the trace array, found " + ReadContext.describe(token));
                    }
                    span(c);
                }
            } else {
                throw c.structure("expected a span object or an array of spans, found " + ReadContext.describe(token));
            }
        }
        if (p.nextToken() != null) {
            throw c.structure("unexpected content after the array of spans");
        }
    }

    private static void span(ReadContext c) throws IOException {
        JsonParser p = c.parser;
        SpanOrigin origin = c.nextOrigin();
        SpanDraft draft = new SpanDraft();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "traceId":
                    draft.traceId = c.text(draft, field);
                    break;
                case "id":
                    draft.spanId = c.text(draft, field);
                    break;
                case "parentId":
                    draft.parentId = c.text(draft, field);
                    break;
                case "kind":
                    draft.kind = SpanKind.parse(c.text(draft, field));
                    break;
                case "name":
                    draft.name = c.text(draft, field);
                    break;
                case "timestamp":
                    draft.startNanos = draft.micros(c.wholeNumber(draft, field), field);
                    break;
                case "duration":
                    draft.durationNanos = draft.micros(c.wholeNumber(draft, field), field);
                    break;
                case "localEndpoint":
                    endpoint(c, draft, true);
                    break;
                case "remoteEndpoint":
                    endpoint(c, draft, false);
                    break;
                case "tags":
                    tags(c, draft);
                    break;
                case "shared":
                    draft.shared = p.currentToken() == JsonToken.VALUE_TRUE;
                    break;
                default:
                    p.skipChildren();
            }
        }
        c.emit(draft, origin);
    }


    private static void endpoint(ReadContext c, SpanDraft draft, boolean local) throws IOException {
        JsonParser p = c.parser;
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            draft.problem("'" + (local ? "localEndpoint" : "remoteEndpoint") + "' must be an object");
            p.skipChildren();
            return;
        }
        String address = "";
        String port = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String value = c.scalar();
            if (value == null) {
                continue;
            }
            switch (field) {
                case "serviceName":
                    if (local) {
                        draft.service = value;
                    } else {
                        draft.remoteService(value);
                    }
                    break;
                case "ipv4":
                case "ipv6":
                    address = address.isEmpty() ? value : address;
                    break;
                case "port":
                    port = value;
                    break;
                default:
                    break;
            }
        }
        if (local && !address.isEmpty()) {
            draft.fallbackInstance(port.isEmpty() ? address : address + ":" + port);
        }
    }

    private static void tags(ReadContext c, SpanDraft draft) throws IOException {
        JsonParser p = c.parser;
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            draft.problem("'tags' must be an object of strings");
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            String value = c.scalar();
            if (value != null) {
                draft.attribute(key, value);
            }
        }
    }
}
