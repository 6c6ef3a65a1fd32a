package io.mdecomp.analysis.graph;

import java.util.Locale;

/** Service Cutter's priorities of a coupling criterion: the factor its scores are multiplied by. */
public enum Priority {
    IGNORE(0),
    XS(0.5),
    S(1),
    M(3),
    L(5),
    XL(8),
    XXL(13);

    private final double factor;

    Priority(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    /** Parses {@code ignore|XS|S|M|L|XL|XXL} (case-insensitive). */
    public static Priority parse(String text) {
        for (Priority priority : values()) {
            if (priority.name().equalsIgnoreCase(text.trim())) {
                return priority;
            }
        }
        throw new IllegalArgumentException("unknown priority '" + text + "' (known: ignore, XS, S, M, L, XL, XXL)");
    }

    public String label() {
        return this == IGNORE ? "ignore" : name().toUpperCase(Locale.ROOT);
    }
}
