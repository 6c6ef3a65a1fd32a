package io.mdecomp.analysis.evaluate;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.DiagnosticCollector;
import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated file split into rows of located cells, after RFC 4180: fields separated by
 * commas, rows by {@code \n}, {@code \r\n} or {@code \r}; a field in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""}). Unquoted fields are trimmed; blank rows are skipped.
 * Problems (a quote left open, text after a closing quote) are added to the caller's list.
 */
final class CsvTable {

    /** A field and where it starts (1-based line and column). */
    record Cell(String text, SourceLocation location) {
    }

    /** The cells of one row and where the row starts. */
    record Row(List<Cell> cells, SourceLocation location) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    private final String file;
    private final String text;
    private final DiagnosticCollector problems;
    private int position;
    private int line = 1;
    private int lineStart;

    private CsvTable(String file, String text, DiagnosticCollector problems) {
        this.file = file;
        this.text = text;
        this.problems = problems;
    }

    /** The non-blank rows of {@code text}; problems go to {@code problems}. O(length of text). */
    static List<Row> parse(String file, String text, DiagnosticCollector problems) {
        return new CsvTable(file, text, problems).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (position < text.length()) {
            SourceLocation start = here();
            List<Cell> cells = new ArrayList<>();
            boolean more = true;
            while (more) {
                cells.add(field());
                more = position < text.length() && text.charAt(position) == ',';
                if (more) {
                    position++;
                }
            }
            endOfLine();
            boolean blank = cells.size() == 1 && cells.get(0).text().isEmpty();
            if (!blank) {
                rows.add(new Row(cells, start));
            }
        }
        return rows;
    }

    private Cell field() {
        skipSpaces();
        SourceLocation start = here();
        if (position < text.length() && text.charAt(position) == '"') {
            return new Cell(quoted(start), start);
        }
        int from = position;
        while (position < text.length() && !isDelimiter(text.charAt(position))) {
            position++;
        }
        return new Cell(text.substring(from, position).strip(), start);
    }

    private String quoted(SourceLocation start) {
        StringBuilder value = new StringBuilder();
        position++;
        while (true) {
            if (position >= text.length()) {
                problems.error(start, "syntax",
                        "quoted field is never closed; end it with a double quote (write \"\" for a quote inside)");
                return value.toString();
            }
            char c = text.charAt(position);
            if (c == '"') {
                if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    value.append('"');
                    position += 2;
                    continue;
                }
                position++;
                break;
            }
            if (c == '\r' || c == '\n') {
                value.append('\n');
                newLine();
                continue;
            }
            value.append(c);
            position++;
        }
        skipSpaces();
        if (position < text.length() && !isDelimiter(text.charAt(position))) {
            problems.error(here(), "syntax",
                    "unexpected text after a quoted field; put the whole field in quotes, or a comma after it");
            while (position < text.length() && !isDelimiter(text.charAt(position))) {
                position++;
            }
        }
        return value.toString();
    }

    private void endOfLine() {
        if (position < text.length()) {
            newLine();
        }
    }

    /** Steps over one line break ({@code \r\n}, {@code \n} or {@code \r}) at the current position. */
    private void newLine() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position++;
        }
        position++;
        line++;
        lineStart = position;
    }

    private void skipSpaces() {
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    private SourceLocation here() {
        return new SourceLocation(file, line, text.codePointCount(lineStart, position) + 1);
    }
}
