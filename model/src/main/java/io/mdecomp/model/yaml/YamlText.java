package io.mdecomp.model.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A small YAML document builder and emitter for canonical, readable output: block style for the
 * outer structure, flow style ({@code [a, b]}, {@code {k: v}}) for collections that fit on one
 * line of {@value #WIDTH} columns, like the examples of SPEC §3. Strings are written plain when
 * that reads back as the same string, otherwise double-quoted. Deterministic; no SnakeYAML emitter
 * involved, so the layout is ours.
 */
public final class YamlText {

    /** Lines are kept within this many columns where flow style is chosen. */
    public static final int WIDTH = 110;

    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|\\.(inf|nan)|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> RESERVED = List.of("null", "~", "true", "false", "yes", "no", "on", "off", "y",
            "n", "<<", "=", ".nan", ".inf");

    private YamlText() {
    }

    /** A value of the document tree. */
    public sealed interface Value permits Scalar, Sequence, Mapping, Commented {
    }

    /**
     * A list item preceded by a comment line ({@code # comment}), e.g. where an imported element
     * came from. Allowed only as an item of a {@link Sequence}, which it forces into block style;
     * anywhere else writing refuses it. Line breaks in the comment become spaces.
     */
    public record Commented(String comment, Value value) implements Value {
        public Commented {
            comment = comment.replaceAll("[\\r\\n]+", " ");
            Objects.requireNonNull(value, "value");
            if (value instanceof Commented) {
                throw new IllegalArgumentException("a comment on a comment");
            }
        }
    }

    /** A scalar, already in its YAML spelling (see {@link #string}, {@link #raw}). */
    public record Scalar(String text) implements Value {
        public Scalar {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A list; {@code block} forces block style. */
    public record Sequence(List<Value> items, boolean block) implements Value {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** One key and its value. */
    public record Entry(String key, Value value) {
    }

    /** A mapping in insertion order; {@code block} forces block style. */
    public record Mapping(List<Entry> entries, boolean block) implements Value {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    /** A string, quoted when a plain spelling would read back as something else. */
    public static Scalar string(String text) {
        return new Scalar(needsQuotes(text) ? DoubleQuoted.of(text) : text);
    }

    /** Text written as is: numbers, booleans, durations produced by this program. */
    public static Scalar raw(String text) {
        return new Scalar(text);
    }

    /** A number in its shortest plain spelling that reads back as the same double: {@code 0.6}, {@code 3}. */
    public static Scalar number(double value) {
        return new Scalar(plain(value));
    }

    /** A flow-or-block list of strings. */
    public static Sequence strings(List<String> values) {
        List<Value> items = new ArrayList<>();
        values.forEach(v -> items.add(string(v)));
        return new Sequence(items, false);
    }

    /** The shortest plain decimal spelling of {@code value} that parses back to the same double. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** Whether a text starting with {@code first} can match {@link #NUMBER_LIKE} at all. */
    private static boolean mayBeNumber(char first) {
        return first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.';
    }

    static boolean needsQuotes(String text) {
        if (text.isEmpty() || !text.equals(text.strip())
                || text.length() <= 5 && RESERVED.contains(text.toLowerCase(Locale.ROOT))
                || mayBeNumber(text.charAt(0)) && NUMBER_LIKE.matcher(text).matches()) {
            return true;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0 || text.endsWith(":")) {
            return true;
        }
        if (text.contains(": ") || text.contains(" #") || text.contains("\t")) {
            return true;
        }
        return text.chars().anyMatch(c -> ",[]{}?".indexOf(c) >= 0 || Character.isISOControl(c) || c > 0x7E && c < 0xA0
                || c == 0xFEFF);
    }

    /** The document for a top-level mapping, ending with a newline. */
    public static String write(Mapping root) {
        StringBuilder out = new StringBuilder();
        block(root, 0, out);
        return out.toString();
    }

    private static void block(Mapping map, int indent, StringBuilder out) {
        boolean first = true;
        for (Entry entry : map.entries()) {
            if (!first) {
                out.append(" ".repeat(indent));
            }
            first = false;
            String key = needsQuotes(entry.key()) ? DoubleQuoted.of(entry.key()) : entry.key();
            out.append(key).append(':');
            value(entry.value(), indent, indent + key.length() + 2, out);
        }
    }

    /** Writes {@code value} after "key:" (or "-"), at the line's {@code column}, nesting at {@code indent}. */
    private static void value(Value value, int indent, int column, StringBuilder out) {
        if (value instanceof Commented) {
            throw new IllegalArgumentException("a comment can only precede a list item");
        }
        String flow = value instanceof Scalar ? flow(value) : flow(value, WIDTH - column);
        if (flow != null) {
            out.append(' ').append(flow).append('\n');
            return;
        }
        out.append('\n');
        if (value instanceof Mapping map) {
            out.append(" ".repeat(indent + 2));
            block(map, indent + 2, out);
        } else if (value instanceof Sequence sequence) {
            for (Value item : sequence.items()) {
                if (item instanceof Commented commented) {
                    out.append(" ".repeat(indent + 2)).append("# ").append(commented.comment().strip()).append('\n');
                    item = commented.value();
                }
                out.append(" ".repeat(indent + 2)).append('-');
                item(item, indent + 2, out);
            }
        }
    }

    private static void item(Value item, int indent, StringBuilder out) {
        String flow = item instanceof Scalar ? flow(item) : flow(item, WIDTH - indent - 2);
        if (flow != null) {
            out.append(' ').append(flow).append('\n');
        } else if (item instanceof Mapping map && !map.entries().isEmpty()) {
            out.append(' ');
            block(map, indent + 2, out);
        } else {
            value(item, indent, indent + 1, out);
        }
    }

    /** The one-line flow spelling, or null when the value must be written in block style. */
    private static String flow(Value value) {
        return flow(value, Integer.MAX_VALUE);
    }

    /**
     * The one-line flow spelling if it is at most {@code budget} characters long, else null; stops
     * as soon as the budget is spent, so choosing a layout costs O(WIDTH) per node.
     */
    private static String flow(Value value, int budget) {
        if (value instanceof Scalar scalar) {
            return scalar.text().length() <= budget ? scalar.text() : null;
        }
        if (value instanceof Commented) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        if (value instanceof Sequence sequence) {
            if (sequence.block() && !sequence.items().isEmpty()) {
                return null;
            }
            out.append('[');
            for (Value item : sequence.items()) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                String part = flow(item, budget - out.length() - 1);
                if (part == null) {
                    return null;
                }
                out.append(part);
            }
            out.append(']');
        } else {
            Mapping map = (Mapping) value;
            if (map.block() && !map.entries().isEmpty()) {
                return null;
            }
            out.append('{');
            for (Entry entry : map.entries()) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(needsQuotes(entry.key()) ? DoubleQuoted.of(entry.key()) : entry.key()).append(": ");
                String part = flow(entry.value(), budget - out.length() - 1);
                if (part == null) {
                    return null;
                }
                out.append(part);
            }
            out.append('}');
        }
        return out.length() <= budget ? out.toString() : null;
    }
}
