package io.mdecomp.model.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which characters the names of a model may have (documented in {@code docs/model.md} and the
 * model's JSON Schema). Two kinds:
 *
 * <ul>
 *   <li><b>identifiers</b> name what becomes code, file names, URLs and references
 *       ({@code Service.endpoint}): services, endpoints, entities and attributes. An ASCII letter
 *       or {@code _}, then ASCII letters, digits, {@code _} and {@code -}; at most
 *       {@value #MAX_IDENTIFIER} characters. Events are identifiers that may also have single dots
 *       between parts ({@code order.placed}).</li>
 *   <li><b>labels</b> name what people read: the system, domains, bounded contexts, use cases,
 *       teams, security zones and components. Any characters on one line (spaces too, such as
 *       {@code Order Management}) except control characters, {@code /} and {@code \}, not
 *       starting or ending with a space; at most {@value #MAX_LABEL} characters.</li>
 * </ul>
 *
 * So a name such as {@code ../../etc/evil} is refused everywhere.
 */
public enum NameRule {

    /** Services, endpoints, entities, attributes. */
    IDENTIFIER(Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*"), NameRule.MAX_IDENTIFIER,
            "an ASCII letter or '_' followed by letters, digits, '_' or '-'"),
    /** Events: identifiers with optional single dots between parts. */
    EVENT(Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*"), NameRule.MAX_IDENTIFIER,
            "an ASCII letter or '_' followed by letters, digits, '_', '-' or single dots between parts"),
    /** The system, domains, contexts, use cases, teams, security zones, components. */
    LABEL(Pattern.compile("[^ /\\\\\\u0000-\\u001f\\u007f]([^/\\\\\\u0000-\\u001f\\u007f]*[^ /\\\\\\u0000-\\u001f\\u007f])?"),
            NameRule.MAX_LABEL,
            "any text on one line without '/', '\\' or control characters, not starting or ending with a space");

    /** The longest identifier or event name. */
    public static final int MAX_IDENTIFIER = 100;
    /** The longest label. */
    public static final int MAX_LABEL = 200;

    private final Pattern pattern;
    private final int maxLength;
    private final String allowed;

    NameRule(Pattern pattern, int maxLength, String allowed) {
        this.pattern = pattern;
        this.maxLength = maxLength;
        this.allowed = allowed;
    }

    /** The regular expression a name must match in full (the JSON Schema's {@code pattern} is {@code ^} + it + {@code $}). */
    public Pattern pattern() {
        return pattern;
    }

    /** Why {@code name} is not allowed, or empty when it is. */
    public Optional<String> problem(String name) {
        if (name.length() > maxLength) {
            return Optional.of("is " + name.length() + " characters long; at most " + maxLength + " are allowed");
        }
        if (!pattern.matcher(name).matches()) {
            return Optional.of("is not allowed: write " + allowed);
        }
        return Optional.empty();
    }
}
