package io.mdecomp.model.importer.servicecutter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.ParserMessages;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into located {@link JsonNode}s with Jackson's streaming parser, so every
 * later diagnostic can point at {@code FILE:LINE:COL}. Nesting is bounded (64 levels) and a
 * syntax error becomes a located {@link InputException}.
 */
final class JsonTreeReader {

    private static final int MAX_DEPTH = 64;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(1_000_000).build())
            .build();

    /** Parses {@code text}, naming {@code file} in locations. */
    JsonNode read(String file, String text) {
        if (text.isBlank()) {
            throw new InputException(Diagnostic.error(SourceLocation.startOf(file), "syntax",
                    "the file is empty; expected a Service Cutter JSON object"));
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode root = value(file, parser, first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new InputException(Diagnostic.error(location(file, parser.currentTokenLocation()), "syntax",
                        "unexpected content after the end of the JSON document"));
            }
            return root;
        } catch (JsonParseException e) {
            String message = ParserMessages.plain(e.getOriginalMessage());
            throw new InputException(Diagnostic.error(location(file, e.getLocation()), "syntax",
                    "JSON syntax error: " + message));
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new InputException(Diagnostic.error(SourceLocation.startOf(file), "limit",
                    "the document is nested or sized beyond the importer's limits: " + e.getMessage()));
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(SourceLocation.startOf(file), "io",
                    "cannot read the document: " + e.getMessage()));
        }
    }

    private JsonNode value(String file, JsonParser parser, JsonToken token) throws IOException {
        SourceLocation at = location(file, parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    JsonNode member = value(file, parser, parser.nextToken());
                    fields.putIfAbsent(name, member);
                }
                return new JsonNode(JsonNode.Kind.OBJECT, "", List.of(), fields, at);
            }
            case START_ARRAY: {
                List<JsonNode> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(file, parser, t));
                }
                return new JsonNode(JsonNode.Kind.ARRAY, "", items, Map.of(), at);
            }
            case VALUE_STRING:
                return scalar(JsonNode.Kind.STRING, parser.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return scalar(JsonNode.Kind.NUMBER, parser.getText(), at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return scalar(JsonNode.Kind.BOOLEAN, parser.getText(), at);
            case VALUE_NULL:
                return scalar(JsonNode.Kind.NULL, "", at);
            default:
                throw new InputException(Diagnostic.error(at, "syntax", "unexpected JSON token " + token));
        }
    }

    private static JsonNode scalar(JsonNode.Kind kind, String text, SourceLocation at) {
        return new JsonNode(kind, text, List.of(), Map.of(), at);
    }

    private static SourceLocation location(String file, JsonLocation location) {
        int line = Math.max(1, location.getLineNr());
        int column = Math.max(1, location.getColumnNr());
        return new SourceLocation(file, line, column);
    }
}
