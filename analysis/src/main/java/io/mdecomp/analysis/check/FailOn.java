package io.mdecomp.analysis.check;

import io.mdecomp.model.diagnostic.Severity;
import java.util.Locale;
import java.util.Optional;

/** The least severity that fails a check ({@code --fail-on}); {@link #NEVER} never fails. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    NOTE(Severity.NOTE),
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** True when a finding of {@code severity} fails the check. */
    public boolean fails(Severity severity) {
        return threshold != null && severity.isAtLeast(threshold);
    }

    /** {@code error}, {@code warning}, {@code note} or {@code never}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label (case-insensitive, surrounding blanks ignored). */
    public static Optional<FailOn> parse(String text) {
        for (FailOn value : values()) {
            if (value.label().equalsIgnoreCase(text.trim())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
