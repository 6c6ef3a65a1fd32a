package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value with the location where it starts, as read by {@link JsonTreeReader}. Only the
 * shape the importer needs: objects keep their keys in document order.
 *
 * @param kind     what the value is
 * @param text     the scalar's text (strings, numbers, booleans), empty otherwise
 * @param items    the elements of an array, empty otherwise
 * @param fields   the members of an object in document order, empty otherwise
 * @param location where the value starts
 */
record JsonNode(Kind kind, String text, List<JsonNode> items, Map<String, JsonNode> fields,
                SourceLocation location) {

    /** The JSON value kinds. */
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    JsonNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        items = List.copyOf(items);
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        Objects.requireNonNull(location, "location");
    }

    boolean is(Kind expected) {
        return kind == expected;
    }
}
