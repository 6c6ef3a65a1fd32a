package io.mdecomp.model.yaml;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Words SnakeYAML's syntax errors for users: where (1-based), what, and the usual cause when
 * there is one. Errors of indentation, which the parser words in its own terms ({@code expected
 * <block end>}) and often notices a line late, are said as such, at the line to fix: "check the
 * indentation of line N", with the indentations of the lines it may line up with.
 */
final class SyntaxHints {

    /** An unquoted path with a template variable, e.g. {@code /orders/{id}}. */
    private static final Pattern BRACED_PATH = Pattern.compile("(?<![\"'\\w])(/[^\\s,'\"{}\\[\\]]*\\{[^}\\s]*}[^\\s,}\\]]*)");

    private SyntaxHints() {
    }

    /** The diagnostic for syntax error {@code e} in {@code text}. */
    static Diagnostic diagnostic(String file, MarkedYAMLException e, String text) {
        return indentation(file, e, text)
                .orElseGet(() -> Diagnostic.error(location(file, e), "syntax", message(e, text)));
    }

    /** An indentation mistake said at the line to fix, when {@code e} is one. */
    private static Optional<Diagnostic> indentation(String file, MarkedYAMLException e, String text) {
        String problem = String.valueOf(e.getProblem());
        Mark at = e.getProblemMark();
        Mark context = e.getContextMark();
        if (at == null || problem.contains("\\t") || problem.contains("\t")) {
            return Optional.empty();
        }
        List<String> lines = List.of(text.split("\n", -1));
        if (problem.startsWith("expected <block end>")) {
            int line = at.getLine();
            String what = problem.contains("'-'") || problem.contains("sequence") ? "this list item" : "this key";
            String inside = context == null ? "" : " of the " + (String.valueOf(e.getContext()).contains("collection")
                    ? "list" : "mapping") + " that starts at line " + (context.getLine() + 1) + ", column "
                    + (context.getColumn() + 1);
            return Optional.of(at(file, line, lines, "check the indentation of line " + (line + 1) + ": " + what
                    + " is indented " + spaces(indent(lines.get(line))) + ", which does not line up with the lines"
                    + inside + "; " + levels(lines, line)));
        }
        if (problem.contains("could not find expected ':'") && context != null && context.getLine() < at.getLine()) {
            int line = context.getLine();
            return Optional.of(at(file, line, lines, "line " + (line + 1) + " has no ': ' after its key, or line "
                    + (at.getLine() + 1) + " is indented wrongly: write 'key: value', and check the indentation of line "
                    + (at.getLine() + 1) + " (" + levels(lines, at.getLine()) + ")"));
        }
        if (problem.contains("mapping values are not allowed") && at.getLine() > 0) {
            int line = at.getLine();
            int previous = previousContentLine(lines, line);
            if (previous >= 0 && indent(lines.get(line)) > indent(lines.get(previous))
                    && lines.get(previous).strip().matches("(- )?[^:#]+: *[^ #].*")) {
                return Optional.of(at(file, line, lines, "check the indentation of line " + (line + 1) + ": it is"
                        + " indented more than line " + (previous + 1) + ", so it reads as the rest of that line's"
                        + " value; " + levels(lines, line)));
            }
        }
        return Optional.empty();
    }

    private static Diagnostic at(String file, int line, List<String> lines, String message) {
        return Diagnostic.error(new SourceLocation(file, line + 1, indent(lines.get(line)) + 1), "syntax",
                "YAML syntax error: " + message);
    }

    /**
     * "the lines above are indented 0, 2 or 4 spaces": the levels line {@code line} may line up with
     * (those of the lines it can belong to, and of the keys after their '- '), less its own.
     */
    private static String levels(List<String> lines, int line) {
        List<Integer> levels = new ArrayList<>();
        int smallest = Integer.MAX_VALUE;
        for (int i = previousContentLine(lines, line); i >= 0 && smallest > 0; i = previousContentLine(lines, i)) {
            int indent = indent(lines.get(i));
            if (indent < smallest) {
                smallest = indent;
                levels.add(0, indent);
                String text = lines.get(i).strip();
                if (text.startsWith("- ") && text.length() > 2 && !levels.contains(indent + 2)) {
                    levels.add(indent + 2);
                }
            }
        }
        levels.remove(Integer.valueOf(indent(lines.get(line))));
        if (levels.isEmpty()) {
            return "the first line is indented " + spaces(0);
        }
        StringBuilder words = new StringBuilder("the lines above are indented ");
        for (int i = 0; i < levels.size(); i++) {
            words.append(i == 0 ? "" : i == levels.size() - 1 ? " or " : ", ").append(levels.get(i));
        }
        return words.append(" spaces").toString();
    }

    private static int previousContentLine(List<String> lines, int line) {
        for (int i = line - 1; i >= 0; i--) {
            String text = lines.get(i).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String spaces(int n) {
        return n + (n == 1 ? " space" : " spaces");
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
