package io.mdecomp.cli.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Shared pieces of the JSON renderers: one pretty-printing style, rounding, string lists. */
public final class Json {

    /** Decimals kept of a non-integral number. */
    public static final int DECIMALS = 4;

    private Json() {
    }

    /**
     * A generator that indents by two spaces, ends lines with {@code \n} on every platform, writes
     * {@code "key": value} and does not close {@code writer}.
     */
    public static JsonGenerator generator(Writer writer) throws IOException {
        JsonGenerator json = JsonFactory.builder().build().createGenerator(writer);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        json.setPrettyPrinter(printer);
        return json;
    }

    /** {@code value} rounded half-even to {@link #DECIMALS} decimals; NaN and infinities as null. */
    public static void ratio(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        if (!Double.isFinite(value)) {
            json.writeNull();
            return;
        }
        json.writeNumber(round(value));
    }

    /**
     * {@code value} as {@link #ratio} writes it, except that a number below 1 keeps
     * {@link #DECIMALS} significant digits, so a small share (a utilization of 0.00004 in a large
     * pool) is not rounded away to 0.
     */
    public static void significant(JsonGenerator json, String field, double value) throws IOException {
        if (!Double.isFinite(value) || Math.abs(value) >= 1 || value == 0) {
            ratio(json, field, value);
            return;
        }
        json.writeFieldName(field);
        json.writeNumber(new BigDecimal(value).round(new java.math.MathContext(DECIMALS, RoundingMode.HALF_EVEN))
                .stripTrailingZeros());
    }

    /** Rounds to {@link #DECIMALS} decimals without trailing zeros: 0.50000001 → 0.5, 2.0 → 2. */
    public static BigDecimal round(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** {@code "field": {"file", "line", "column"}} when {@code location} is known; nothing otherwise. */
    public static void location(JsonGenerator json, String field, SourceLocation location) throws IOException {
        if (!location.isKnown()) {
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("file", location.file());
        json.writeNumberField("line", location.line());
        json.writeNumberField("column", location.column());
        json.writeEndObject();
    }

    /** A JSON array of strings. */
    public static void strings(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
