package io.mdecomp.importer.traces;

import io.mdecomp.model.validation.NameRule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** How trace vocabulary becomes model names and paths: identifiers, path templates, slugs. */
final class Names {

    static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HEX_ID = Pattern.compile("(?=.*[0-9])[0-9a-fA-F]{8,}");
    private static final Pattern TOKEN = Pattern.compile("(?=.*[0-9])(?=.*[a-zA-Z])[0-9A-Za-z_-]{16,}");

    private Names() {
    }

    /**
     * A request path with the segments that look like ids (numbers, UUIDs, long hex or mixed
     * tokens) replaced by {@code {id}}, {@code {id2}}, ...: {@code /orders/123/items/9} becomes
     * {@code /orders/{id}/items/{id2}}. A path without a leading slash gets one.
     */
    static String template(String path) {
        String text = path.startsWith("/") ? path : "/" + path;
        String[] segments = text.split("/", -1);
        StringBuilder out = new StringBuilder();
        int ids = 0;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            out.append('/');
            if (NUMBER.matcher(segment).matches() || UUID.matcher(segment).matches()
                    || HEX_ID.matcher(segment).matches() || TOKEN.matcher(segment).matches()) {
                ids++;
                out.append(ids == 1 ? "{id}" : "{id" + ids + "}");
            } else {
                out.append(segment);
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    /**
     * Words of {@code text}: runs of ASCII letters and digits (the only ones a model identifier may
     * have), split also where a lower-case letter meets an upper-case one.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 128 && Character.isLetterOrDigit(ch)) {
                if (word.length() > 0 && Character.isUpperCase(ch) && Character.isLowerCase(word.charAt(word.length() - 1))) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                word.append(ch);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code lowerCamelCase} of the words of {@code text}; {@code fallback} when it has none. */
    static String camel(String text, String fallback) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return fallback;
        }
        StringBuilder out = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.size(); i++) {
            out.append(capitalize(words.get(i).toLowerCase(Locale.ROOT)));
        }
        if (Character.isDigit(out.charAt(0))) {
            out.insert(0, fallback);
        }
        return out.toString();
    }

    /**
     * {@code text} cut to the longest identifier the model allows ({@value NameRule#MAX_IDENTIFIER}
     * characters), keeping room for a {@code suffix} that makes it unique.
     */
    static String fitted(String text, String suffix) {
        int room = NameRule.MAX_IDENTIFIER - suffix.length();
        return (text.length() > room ? text.substring(0, room) : text) + suffix;
    }

    /**
     * A model identifier for each of the trace services {@code traced} (any text there, such as
     * {@code frontend.proxy} or {@code 1.5}), unique among them: runs of characters an identifier
     * may not have become {@code -} ({@code frontend-proxy}), one that would not start with a letter
     * gets a {@code _} ({@code _1-5}), and a name taken by an earlier service gets {@code -2},
     * {@code -3}... Names that are identifiers already stay as they are.
     */
    static Map<String, String> services(Collection<String> traced) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        traced.stream().filter(t -> NameRule.IDENTIFIER.problem(t).isEmpty()).forEach(t -> {
            names.put(t, t);
            used.add(t);
        });
        for (String t : traced) {
            if (!names.containsKey(t)) {
                String base = identifier(t);
                String name = fitted(base, "");
                for (int n = 2; !used.add(name); n++) {
                    name = fitted(base, "-" + n);
                }
                names.put(t, name);
            }
        }
        return names;
    }

    /** {@code text} as an identifier: runs of other characters than ASCII letters, digits, {@code _} and {@code -} as {@code -}. */
    private static String identifier(String text) {
        String out = text.strip().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (out.isEmpty() || !(out.charAt(0) == '_' || Character.isLetter(out.charAt(0)))) {
            out = "_" + out;
        }
        return out;
    }

    /**
     * An event name the model allows for a topic: identifiers joined by single dots
     * ({@code orders/v1} becomes {@code orders-v1}, {@code shop..orders.} {@code shop.orders}).
     * Topics that are event names already stay as they are.
     */
    static String event(String topic) {
        if (NameRule.EVENT.problem(topic).isEmpty()) {
            return topic;
        }
        List<String> parts = new ArrayList<>();
        for (String part : topic.split("\\.")) {
            String clean = part.strip().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
            if (!clean.isEmpty()) {
                parts.add(clean);
            }
        }
        String name = String.join(".", parts);
        if (name.isEmpty() || !(name.charAt(0) == '_' || Character.isLetter(name.charAt(0)))) {
            name = "_" + name;
        }
        return fitted(name, "").replaceAll("\\.+$", "");
    }

    /**
     * A path the model allows: whitespace and control characters, which a model path may not have,
     * and characters YAML cannot hold (a lone surrogate stands for U+FFFD), percent-encoded as in a
     * URL ({@code /a b} becomes {@code /a%20b}).
     */
    static String path(String path) {
        StringBuilder out = new StringBuilder(path.length());
        path.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                    || Character.isSurrogate((char) c) && c <= Character.MAX_VALUE || c == 0xFFFE || c == 0xFFFF) {
                int encoded = c <= Character.MAX_VALUE && Character.isSurrogate((char) c) ? 0xFFFD : c;
                for (byte b : new String(Character.toChars(encoded)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The endpoint name for a route: the method and the path's words, placeholders as
     * {@code By<Name>}: {@code GET /orders/{id}} gives {@code getOrdersById}, {@code GET /} gives
     * {@code getRoot}.
     */
    static String forRoute(String method, String path) {
        StringBuilder out = new StringBuilder(method.toLowerCase(Locale.ROOT));
        boolean any = false;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean placeholder = segment.startsWith("{") || segment.startsWith(":") || segment.startsWith("<");
            String words = camel(segment, "");
            if (!words.isEmpty()) {
                out.append(placeholder ? "By" : "").append(capitalize(words));
                any = true;
            }
        }
        return any ? out.toString() : out + "Root";
    }

    /** {@code 1 request}, {@code 2 requests}. */
    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** A path segment of letters, digits, {@code .}, {@code _} and {@code -} made from any text. */
    static String slug(String text) {
        String slug = text.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    /** {@code GET /orders/{id}} split into its method and path, or {@code null} when the text is not of that form. */
    static String[] methodAndPath(String text) {
        int space = text.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        String method = text.substring(0, space).toUpperCase(Locale.ROOT);
        String path = text.substring(space + 1).strip();
        if (!HTTP_METHODS.contains(method) || !path.startsWith("/") || path.contains(" ")) {
            return null;
        }
        return new String[] {method, path};
    }
}
