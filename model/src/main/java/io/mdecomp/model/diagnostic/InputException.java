package io.mdecomp.model.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input document (a model, a scenario file, a configuration, a baseline) is
 * unusable. It carries every diagnostic of the file, not only the first.
 */
public class InputException extends MdecompException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public InputException(List<Diagnostic> diagnostics) {
        super(render(diagnostics));
        this.diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public InputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /** All diagnostics, sorted by location. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String render(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one diagnostic");
        }
        return diagnostics.stream().sorted(Diagnostic.ORDER).map(Diagnostic::format)
                .collect(Collectors.joining("\n"));
    }
}
