package io.mdecomp.importer.traces;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The trace formats {@code import traces} reads, each with its reader. */
public enum TraceFormat {
    ZIPKIN("zipkin", ZipkinReader::new),
    JAEGER("jaeger", JaegerReader::new),
    OTLP("otlp", OtlpReader::new);

    private final String cliName;
    private final Supplier<FormatReader> reader;

    TraceFormat(String cliName, Supplier<FormatReader> reader) {
        this.cliName = cliName;
        this.reader = reader;
    }

    /** How users spell it: {@code zipkin}, {@code jaeger}, {@code otlp}. */
    public String cliName() {
        return cliName;
    }

    FormatReader reader() {
        return reader.get();
    }

    /** The format with this name, ignoring case. */
    public static Optional<TraceFormat> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (TraceFormat format : values()) {
            if (format.cliName.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Guesses the format from the first tokens: an object with {@code resourceSpans} is OTLP; an
     * object with {@code data}, {@code spans} or {@code processes}, or an array whose first object
     * has one of {@code traceID}, {@code spans}, {@code processes} is Jaeger; another array is
     * Zipkin. Empty when the start fits none of them.
     */
    static Optional<TraceFormat> detect(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if ("resourceSpans".equals(field) || "resource_spans".equals(field)) {
                    return Optional.of(OTLP);
                }
                if ("data".equals(field) || "spans".equals(field) || "processes".equals(field)
                        || "traceID".equals(field)) {
                    return Optional.of(JAEGER);
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return Optional.empty();
        }
        if (first == JsonToken.START_ARRAY) {
            JsonToken element = parser.nextToken();
            while (element == JsonToken.START_ARRAY) {
                element = parser.nextToken();
            }
            if (element == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    if ("traceID".equals(field) || "spans".equals(field) || "processes".equals(field)) {
                        return Optional.of(JAEGER);
                    }
                    if ("traceId".equals(field) || "id".equals(field) || "localEndpoint".equals(field)) {
                        return Optional.of(ZIPKIN);
                    }
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
            return Optional.of(ZIPKIN);
        }
        return Optional.empty();
    }
}
