package io.mdecomp.model.yaml;

/**
 * A string as a double-quoted literal that JSON and YAML both read back as the same string: the
 * one escaping of the project, used for model and baseline YAML, the generator's checksum record
 * and the JSON in generated code. Quote and backslash are escaped, as are line breaks and tabs
 * ({@code \n}, {@code \t}, {@code \r}) and the other control, C1 and byte-order-mark characters
 * ({@code \}{@code uXXXX}); everything else is written as it is.
 */
public final class DoubleQuoted {

    private DoubleQuoted() {
    }

    /** {@code text} between double quotes, escaped. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                case '\r': out.append("\\r"); break;
                default:
                    if (c < 0x20 || c >= 0x7F && c < 0xA0 || c == 0xFEFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
            }
        });
        return out.append('"').toString();
    }
}
