package io.mdecomp.model.diagnostic;

import java.util.regex.Pattern;

/**
 * A third-party parser's message made fit for a diagnostic, whose location is given separately:
 * one line, without the parser's own position and source fragments ({@code (start marker at
 * [Source: ...; line: 1, column: 1])}) or the names of its settings ({@code , from
 * `StreamReadConstraints.getMaxNestingDepth()`}).
 */
public final class ParserMessages {

    private static final Pattern SOURCE = Pattern.compile("\\s*\\(start marker at \\[Source:.*?]\\)|\\s*at \\[Source:.*?]"
            + "|\\s*\\[Source:.*?]");
    private static final Pattern SETTING = Pattern.compile(",? from `[^`]*`");

    private ParserMessages() {
    }

    /** {@code raw} on one line, without positions, source excerpts and setting names. */
    public static String plain(String raw) {
        String text = raw == null ? "" : raw.replaceAll("\\s+", " ");
        text = SOURCE.matcher(text).replaceAll("");
        return SETTING.matcher(text).replaceAll("").strip();
    }
}
