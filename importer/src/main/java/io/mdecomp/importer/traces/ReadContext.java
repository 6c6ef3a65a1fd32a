package io.mdecomp.importer.traces;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;

/**
 * What a format reader works with while it reads one file: the parser, the file's name for
 * locations, the running span index, the id normaliser and the sink. Also the small JSON helpers
 * the three readers share.
 */
final class ReadContext {

    final JsonParser parser;
    final String file;
    final SpanDraft.Ids ids;
    private final SpanSink sink;
    private long index;

    ReadContext(JsonParser parser, String file, SpanDraft.Ids ids, SpanSink sink) {
        this.parser = parser;
        this.file = file;
        this.ids = ids;
        this.sink = sink;
    }

    /** The origin of the span whose object starts at the current token; advances the index. */
    SpanOrigin nextOrigin() {
        return new SpanOrigin(here(), index++);
    }

    /** The location of the current token. */
    SourceLocation here() {
        JsonLocation at = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    /** Builds the draft and hands the span, or its problems, to the sink. */
    void emit(SpanDraft draft, SpanOrigin origin) {
        Span span = draft.build(origin, ids);
        if (span == null) {
            sink.malformed(origin, draft.traceId, draft.spanId, draft.problems());
        } else {
            sink.accept(span);
        }
    }

    /** Stops the file: its structure is not the format's (not a span problem, which is skippable). */
    InputException structure(String message) {
        return new InputException(Diagnostic.error(here(), "format", message));
    }

    /** Moves to the next token, which must be {@code expected}; {@code what} names it in the error. */
    void expect(JsonToken expected, String what) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != expected) {
            throw structure("expected " + what + ", found " + describe(token));
        }
    }

    /**
     * The current scalar as text (numbers and booleans spelled as in the file), or {@code null}
     * for an object or array, which is skipped.
     */
    String scalar() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
            return null;
        }
        if (token == JsonToken.VALUE_NULL) {
            return "";
        }
        return parser.getText();
    }

    /**
     * The current value as a whole number (a JSON number or a string of digits); else a problem of
     * the draft and {@link SpanDraft#INVALID}.
     */
    long wholeNumber(SpanDraft draft, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        String text = scalar();
        if (text != null) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    return Math.round(parser.getDoubleValue());
                }
            }
        }
        draft.problem("'" + field + "' must be a whole number, got " + (text == null ? "a structure" : "'"
                + SpanDraft.abbreviate(text) + "'"));
        return SpanDraft.INVALID;
    }

    /** The current value as text, or a problem of the draft when it is an object or array. */
    String text(SpanDraft draft, String field) throws IOException {
        String text = scalar();
        if (text == null) {
            draft.problem("'" + field + "' must be a string");
            return "";
        }
        return text;
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case END_OBJECT:
            case END_ARRAY:
                return "the end of a structure";
            case FIELD_NAME:
                return "a field";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            default:
                return "null";
        }
    }
}
