package io.mdecomp.model.diagnostic;

import java.util.Locale;

/** How serious a diagnostic or finding is, from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    /** The lower-case word used in messages, JSON and configuration: {@code error}, {@code warning}, {@code note}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** Parses {@code error|warning|note} (case-insensitive). */
    public static Severity fromLabel(String label) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(label.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "' (known: error, warning, note)");
    }
}
