package io.mdecomp.model.diagnostic;

import java.util.Objects;

/**
 * Where a node of an input document starts: the file as the user named it, and 1-based line
 * and column. {@link #UNKNOWN} stands for values built in code rather than read from a file.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    /** The location of values that did not come from a file. */
    public static final SourceLocation UNKNOWN = new SourceLocation("<none>", 0, 0);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    /** The start of a file (line 1, column 1). */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1, 1);
    }

    /** True when this location points into a real file. */
    public boolean isKnown() {
        return line > 0;
    }

    /** {@code file:line:col}, the prefix every diagnostic starts with. */
    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + column : file;
    }

    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
