package io.mdecomp.cli.config;

import io.mdecomp.model.diagnostic.Severity;
import java.util.Locale;
import java.util.Optional;

/** The lowest finding severity that fails a check ({@code --fail-on}); {@link #NEVER} never fails. */
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

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|warning|note|never} (case-insensitive); empty when unknown. */
    public static Optional<FailOn> parse(String text) {
        for (FailOn level : values()) {
            if (level.label().equalsIgnoreCase(text.trim())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The known labels, for messages. */
    public static String known() {
        return "error, warning, note, never";
    }
}
