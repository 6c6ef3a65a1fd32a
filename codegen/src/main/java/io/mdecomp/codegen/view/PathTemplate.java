package io.mdecomp.codegen.view;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP path with variables in braces ({@code /orders/{id}/items}), taken apart for templates:
 * its variables, a matching regular expression and a sample path.
 */
record PathTemplate(String path, List<String> variables, String pattern, String sample) {

    /**
     * Parses {@code path}. The pattern quotes every literal character that means something to a
     * regular expression as a one-character class ({@code .} → {@code [.]}; the few characters
     * a class cannot hold plainly, and quotes, match any character), so it holds no backslash or
     * quote; a variable matches one non-empty segment. An unclosed brace is a literal.
     */
    static PathTemplate parse(String path) {
        List<String> variables = new ArrayList<>();
        StringBuilder pattern = new StringBuilder("^");
        StringBuilder sample = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int close = c == '{' ? path.indexOf('}', i) : -1;
            if (close > i + 1) {
                variables.add(path.substring(i + 1, close));
                pattern.append("([^/]+)");
                sample.append('1');
                i = close + 1;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '_' || c == '~') {
                pattern.append(c);
            } else if (c == '\\' || c == '"' || c == '^' || c == '[' || c == ']') {
                pattern.append('.');
            } else {
                pattern.append('[').append(c).append(']');
            }
            sample.append(c);
            i++;
        }
        pattern.append('$');
        return new PathTemplate(path, List.copyOf(variables), pattern.toString(), sample.toString());
    }
}
