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

    // equals and hashCode written out, with the values the generated ones have: the generated
    // ones are bootstrapped through method handles on first use, which costs every command's
    // start-up several milliseconds for a class that is hashed on every model read.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SourceLocation that
                && line == that.line && column == that.column && file.equals(that.file);
    }

    @Override
    public int hashCode() {
        return (31 * file.hashCode() + line) * 31 + column;
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
