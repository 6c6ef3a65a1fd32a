package io.mdecomp.cli.render;

import io.mdecomp.model.diagnostic.Severity;

/** ANSI styles for text output, or none at all when colour is off. */
public record Ansi(boolean enabled) {

    /** The few styles the text renderers use. */
    public enum Style {
        NONE(""), BOLD("1"), RED("31"), YELLOW("33"), CYAN("36"), GREEN("32"), DIM("2");

        private final String code;

        Style(String code) {
            this.code = code;
        }
    }

    /** {@code text} in {@code style} when enabled, else unchanged. */
    public String apply(Style style, String text) {
        if (!enabled || style == Style.NONE || text.isEmpty()) {
            return text;
        }
        return "\u001b[" + style.code + "m" + text + "\u001b[0m";
    }

    /** Errors red, warnings yellow, notes cyan. */
    public static Style of(Severity severity) {
        switch (severity) {
            case ERROR: return Style.RED;
            case WARNING: return Style.YELLOW;
            default: return Style.CYAN;
        }
    }
}
