package io.mdecomp.model.yaml;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Words SnakeYAML's syntax errors for users: where (1-based), what, and the usual cause when
 * there is one.
 */
final class SyntaxHints {

    /** An unquoted path with a template variable, e.g. {@code /orders/{id}}. */
    private static final Pattern BRACED_PATH = Pattern.compile("(?<![\"'\\w])(/[^\\s,'\"{}\\[\\]]*\\{[^}\\s]*}[^\\s,}\\]]*)");

    private SyntaxHints() {
    }

    static SourceLocation location(String file, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? new SourceLocation(file, 0, 0)
                : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The location of the code point with index {@code codePointIndex} in {@code text}. */
    static SourceLocation locate(String file, String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; i = text.offsetByCodePoints(i, 1), index++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceLocation(file, line, column);
    }

    static String message(MarkedYAMLException e, String text) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().replace("\t", "\\t");
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(problem.strip());
        if (e.getContext() != null && e.getContextMark() != null) {
            message.append(" (").append(e.getContext().strip()).append(" started at line ")
                    .append(e.getContextMark().getLine() + 1).append(", column ")
                    .append(e.getContextMark().getColumn() + 1).append(')');
        }
        message.append(hint(e, text));
        return message.toString();
    }

    private static String hint(MarkedYAMLException e, String text) {
        String lines = lineOf(text, e.getContextMark()) + "\n" + lineOf(text, e.getProblemMark());
        Matcher path = BRACED_PATH.matcher(lines);
        if (path.find() && lines.contains("{")) {
            return "; an unquoted path with braces such as " + path.group(1)
                    + " breaks a flow mapping {...}: quote it, e.g. path: \"" + path.group(1) + "\"";
        }
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("another document")) {
            return "; the file holds more than one YAML document (a line '---' starts another), but one is expected";
        }
        if (problem.contains("\\t") || problem.contains("\t")) {
            return problem.contains("indentation") ? "" : "; indent with spaces, YAML does not allow tabs for indentation";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "; a plain value cannot contain ': ', so quote the value, or check this line's indentation";
        }
        if (problem.contains("could not find expected ':'")) {
            return "; check the indentation and that every key is followed by ': '";
        }
        return "";
    }

    private static String lineOf(String text, Mark mark) {
        if (mark == null) {
            return "";
        }
        int line = 0;
        int start = 0;
        while (line < mark.getLine()) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return "";
            }
            start = next + 1;
            line++;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
