package io.mdecomp.importer.traces;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * Where a span was read: its file, the line and column where its JSON object starts, and its
 * index among the spans of that file (0 for the first span, counting in file order).
 */
public record SpanOrigin(SourceLocation location, long index) {

    public SpanOrigin {
        Objects.requireNonNull(location, "location");
        if (index < 0) {
            throw new IllegalArgumentException("span index must be >= 0, got " + index);
        }
    }

    /** {@code span #17}: how messages name the span. */
    public String label() {
        return "span #" + index;
    }
}
