package io.mdecomp.model.yaml;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the diagnostics of one file while it is read, so that a user sees every problem at
 * once rather than only the first. One instance per file read; not thread-safe.
 *
 * <p>At most {@link YamlLimits#maxErrors()} errors are kept; the rest are counted and
 * {@link #throwIfErrors()} adds one line (located at the file, so it comes first) saying how many
 * there are in total.
 */
public final class DiagnosticCollector {

    private final String file;
    private final int maxErrors;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int errors;

    /** A collector for {@code file} (the name diagnostics show) keeping up to 100 errors. */
    public DiagnosticCollector(String file) {
        this(file, YamlLimits.DEFAULT.maxErrors());
    }

    public DiagnosticCollector(String file, int maxErrors) {
        this.file = file;
        this.maxErrors = maxErrors;
    }

    /** The file name diagnostics are reported against. */
    public String file() {
        return file;
    }

    /** Records an error at {@code location} with category {@code code} (e.g. {@code type}, {@code ref}). */
    public void error(SourceLocation location, String code, String message) {
        add(Diagnostic.error(location, code, message));
    }

    /** Records a warning; warnings never make {@link #throwIfErrors()} throw. */
    public void warning(SourceLocation location, String code, String message) {
        add(Diagnostic.warning(location, code, message));
    }

    /** Records {@code diagnostic}. */
    public void add(Diagnostic diagnostic) {
        if (diagnostic.isError()) {
            errors++;
            if (errors > maxErrors) {
                return;
            }
        }
        diagnostics.add(diagnostic);
    }

    /** Records every diagnostic of {@code others}. */
    public void addAll(List<Diagnostic> others) {
        others.forEach(this::add);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** The number of errors seen, including those beyond the limit. */
    public int errorCount() {
        return errors;
    }

    /** What was recorded so far, sorted by location. */
    public List<Diagnostic> diagnostics() {
        return diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    /**
     * Throws an {@link InputException} carrying every recorded diagnostic when any of them is an
     * error; returns normally otherwise.
     */
    public void throwIfErrors() {
        if (errors == 0) {
            return;
        }
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        if (errors > maxErrors) {
            all.add(new Diagnostic(new SourceLocation(file, 0, 0), Severity.ERROR,
                    errors + " errors in total; only the first " + maxErrors + " are shown", "too-many"));
        }
        throw new InputException(all);
    }
}
