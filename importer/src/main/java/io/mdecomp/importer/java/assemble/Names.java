package io.mdecomp.importer.java.assemble;

import io.mdecomp.model.validation.NameRule;
import java.util.Set;

/**
 * Makes names that the model allows ({@link NameRule}): identifiers for entities, attributes,
 * services and endpoints (characters other than ASCII letters, digits, {@code _} and {@code -}
 * become {@code _}), labels for the rest ({@code /} and {@code \} become {@code .}), both cut to
 * their longest length; and unique ones, by a numeric suffix within that length.
 */
final class Names {

    private Names() {
    }

    static String identifier(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
            out.append(allowed ? c : '_');
        }
        if (out.length() == 0 || !(out.charAt(0) < 128 && Character.isLetter(out.charAt(0)) || out.charAt(0) == '_')) {
            out.insert(0, '_');
        }
        return out.length() > NameRule.MAX_IDENTIFIER ? out.substring(0, NameRule.MAX_IDENTIFIER) : out.toString();
    }

    static String label(String name) {
        String out = name.replace('/', '.').replace('\\', '.').replaceAll("\\p{Cntrl}", " ").strip();
        if (out.isEmpty()) {
            out = "_";
        }
        return out.length() > NameRule.MAX_LABEL ? out.substring(0, NameRule.MAX_LABEL).strip() : out;
    }

    /**
     * The identifier {@code name}, or {@code name_2}, {@code name_3}... whichever is not taken yet
     * (taken afterwards), cut so that it stays within the longest identifier.
     */
    static String uniqueIdentifier(String name, Set<String> taken) {
        return unique(name, taken, NameRule.MAX_IDENTIFIER);
    }

    /** As {@link #uniqueIdentifier}, for a label. */
    static String uniqueLabel(String name, Set<String> taken) {
        return unique(name, taken, NameRule.MAX_LABEL);
    }

    private static String unique(String name, Set<String> taken, int max) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            String suffix = "_" + n;
            candidate = (name.length() > max - suffix.length() ? name.substring(0, max - suffix.length()) : name)
                    + suffix;
        }
        return candidate;
    }
}
