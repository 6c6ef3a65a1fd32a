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
    /** Jackson's advice to its programmers: {@code : enable `JsonReadFeature.X` to allow}. */
    private static final Pattern FEATURE = Pattern.compile(":? ?enable `[^`]*` to allow");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern COMMENT = Pattern.compile(
            "\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");

    private ParserMessages() {
    }

    /**
     * {@code raw} on one line, without positions, source excerpts, setting names and the parser's
     * advice on which of its features to enable (which a user of mdecomp cannot do).
     */
    public static String plain(String raw) {
        String text = raw == null ? "" : raw.replaceAll("\\s+", " ");
        text = SOURCE.matcher(text).replaceAll("");
        text = SETTING.matcher(text).replaceAll("");
        text = FEATURE.matcher(text).replaceAll("");
        text = NON_STANDARD.matcher(text).replaceAll("'$1' is not a JSON value (JSON numbers are finite)");
        text = COMMENT.matcher(text).replaceAll("(JSON has no comments)");
        return text.strip();
    }
}
