package io.mdecomp.model.diagnostic;

import java.util.Comparator;
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

    /** {@code model.yaml:14:9: error: service 'X' calls unknown endpoint ... [ref]}. */
    public String format() {
        return location + ": " + severity.label() + ": " + message + " [" + code + "]";
    }

    @Override
    public String toString() {
        return format();
    }
}
