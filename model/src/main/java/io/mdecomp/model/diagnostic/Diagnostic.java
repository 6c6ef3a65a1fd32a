package io.mdecomp.model.diagnostic;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in an input file, printed as {@code FILE:LINE:COL: SEVERITY: MESSAGE [CODE]}.
 *
 * @param location where the offending node starts
 * @param severity {@link Severity#ERROR} makes the input unusable
 * @param message  what is wrong and what to do about it
 * @param code     a short stable category, e.g. {@code syntax}, {@code type}, {@code unknown-key}, {@code ref}
 */
public record Diagnostic(SourceLocation location, Severity severity, String message, String code) {

    /** Orders diagnostics by file, line, column, then message, so reports are stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
    }

    public static Diagnostic error(SourceLocation location, String code, String message) {
        return new Diagnostic(location, Severity.ERROR, message, code);
    }

    public static Diagnostic warning(SourceLocation location, String code, String message) {
        return new Diagnostic(location, Severity.WARNING, message, code);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code model.yaml:14:9: error: service 'X' calls unknown endpoint ... [ref]}. Characters a
     * terminal would act on rather than show (control characters other than newline and tab, line
     * and paragraph separators, bidirectional and other format characters) are written as
     * {@code \\uXXXX}, so a hostile name can neither break the line nor reorder what is shown.
     */
    public String format() {
        return visible(location + ": " + severity.label() + ": " + message + " [" + code + "]");
    }

    /** {@code text} with the characters described at {@link #format()} escaped. */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            int type = Character.getType(ch);
            boolean hidden = ch != '\n' && ch != '\t' && (type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (hidden) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
