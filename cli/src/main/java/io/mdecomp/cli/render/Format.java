package io.mdecomp.cli.render;

import java.util.Locale;

/**
 * The output formats of SPEC §2. Each command accepts a subset and lists it in its help; a
 * command maps the format to its renderer.
 */
public enum Format {
    TEXT,
    JSON,
    MARKDOWN,
    SARIF,
    JUNIT,
    DOT,
    MERMAID,
    CSV,
    HTML;

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
