package io.mdecomp.codegen.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns model names (which may contain spaces, dashes, dots or anything else) into names that are
 * safe as Java identifiers, package segments, artifact ids and file names. Only ASCII letters and
 * digits survive; every other character separates words. A result is never empty, never starts
 * with a digit and is never a Java keyword, so it can name a file or folder without leaving it.
 */
public final class Names {

    private static final Set<String> JAVA_KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "_");

    private Names() {
    }

    /**
     * The words of a name: runs of ASCII letters and digits, also split where a lower-case letter
     * or digit is followed by an upper-case one ({@code OrderService} → {@code Order}, {@code Service}).
     */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum) {
                flush(words, current);
                continue;
            }
            if (current.length() > 0 && Character.isUpperCase(c)) {
                char previous = current.charAt(current.length() - 1);
                boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    flush(words, current);
                }
            }
            current.append(c);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    /** {@code order processing} → {@code OrderProcessing}; {@code fallback} when no word survives. */
    public static String typeName(String name, String fallback) {
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return guard(out.toString(), fallback);
    }

    /** {@code OrderService} → {@code orderService}; {@code fallback} when no word survives. */
    public static String memberName(String name, String fallback) {
        List<String> words = words(name);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == 0) {
                out.append(word.toLowerCase(Locale.ROOT));
            } else {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return guard(out.toString(), fallback);
    }

    /** {@code OrderService} → {@code order-service}; {@code fallback} when no word survives. */
    public static String kebab(String name, String fallback) {
        String joined = String.join("-", words(name)).toLowerCase(Locale.ROOT);
        return guard(joined, fallback, false);
    }

    /** {@code OrderService} → {@code ORDER_SERVICE}; {@code fallback} when no word survives. */
    public static String constant(String name, String fallback) {
        String joined = String.join("_", words(name)).toUpperCase(Locale.ROOT);
        return guard(joined, fallback.toUpperCase(Locale.ROOT), false);
    }

    /** {@code Order Service} → {@code orderservice}: a Java package segment. */
    public static String packageSegment(String name, String fallback) {
        String joined = String.join("", words(name)).toLowerCase(Locale.ROOT);
        return guard(joined, fallback.toLowerCase(Locale.ROOT));
    }

    /** True for Java's reserved words and literals. */
    public static boolean isKeyword(String word) {
        return JAVA_KEYWORDS.contains(word);
    }

    private static String guard(String candidate, String fallback) {
        return guard(candidate, fallback, true);
    }

    private static String guard(String candidate, String fallback, boolean avoidKeywords) {
        String name = candidate.isEmpty() ? fallback : candidate;
        if (Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        if (avoidKeywords && isKeyword(name)) {
            name = name + "_";
        }
        return name;
    }

    /**
     * Makes names unique in order of appearance: the second {@code Order} becomes {@code Order2},
     * the third {@code Order3}, comparing case-insensitively so file names do not clash either.
     */
    public static List<String> unique(List<String> names) {
        Set<String> taken = new HashSet<>();
        List<String> result = new ArrayList<>(names.size());
        for (String name : names) {
            String candidate = name;
            int suffix = 2;
            while (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
                candidate = name + suffix++;
            }
            result.add(candidate);
        }
        return List.copyOf(result);
    }
}
