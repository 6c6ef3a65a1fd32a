package io.mdecomp.cli.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header and rows of cells, each column as wide as its widest cell, text
 * left-aligned and numbers right-aligned, two spaces between columns, no trailing spaces.
 * Colour is applied after padding so ANSI codes never disturb the alignment.
 */
public final class Table {

    /** How a column aligns its cells. */
    public enum Align { LEFT, RIGHT }

    /** A cell: its text and an optional style applied around it. */
    public record Cell(String text, Ansi.Style style) {
        public static Cell of(String text) {
            return new Cell(text, Ansi.Style.NONE);
        }
    }

    private final List<String> header;
    private final List<Align> aligns;
    private final List<List<Cell>> rows = new ArrayList<>();

    public Table(List<String> header, List<Align> aligns) {
        if (header.size() != aligns.size()) {
            throw new IllegalArgumentException("header and alignments differ in length");
        }
        this.header = List.copyOf(header);
        this.aligns = List.copyOf(aligns);
    }

    /** Adds a row of plain cells. */
    public Table row(List<String> cells) {
        return styledRow(cells.stream().map(Cell::of).toList());
    }

    /** Adds a row of cells. */
    public Table styledRow(List<Cell> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** The table as lines, each prefixed with {@code indent}. */
    public List<String> lines(String indent, Ansi ansi) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<Cell> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).text().length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(indent, header.stream().map(h -> new Cell(h, Ansi.Style.BOLD)).toList(), widths, ansi));
        for (List<Cell> row : rows) {
            lines.add(line(indent, row, widths, ansi));
        }
        return lines;
    }

    private String line(String indent, List<Cell> cells, int[] widths, Ansi ansi) {
        StringBuilder line = new StringBuilder(indent);
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            boolean last = c == cells.size() - 1;
            String padding = " ".repeat(widths[c] - cell.text().length());
            String styled = ansi.apply(cell.style(), cell.text());
            if (aligns.get(c) == Align.RIGHT) {
                line.append(padding).append(styled);
            } else {
                line.append(styled).append(last ? "" : padding);
            }
            if (!last) {
                line.append("  ");
            }
        }
        return line.toString().stripTrailing();
    }
}
