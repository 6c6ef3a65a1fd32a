package io.mdecomp.cli.render.simulation;

import io.mdecomp.simulator.compare.Verdict;
import io.mdecomp.simulator.stats.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of a simulation report before it is written: named columns and typed cells, so every
 * format (text, HTML, CSV) writes the same columns with the same numbers and formats them only
 * through {@link Quantities}.
 *
 * @param kind    a short name for the table ({@code routes}); HTML uses it as a class
 * @param columns the headers
 * @param rows    the cells, as many per row as there are columns
 */
record MetricTable(String kind, List<String> columns, List<List<Cell>> rows) {

    MetricTable {
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        List<List<Cell>> copy = new ArrayList<>();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(kind + ": a row needs " + columns.size() + " cells, got "
                        + row.size());
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    /** One cell: text, or a number in a unit, or a mean with the half-width of its interval. */
    sealed interface Cell permits Text, Quantity, Measured, Interval, PassFail, Delta, Range, Judged {

        /** The cell as text, without markup. */
        String text();

        /** True for numbers (right-aligned, sorted by value). */
        boolean numeric();
    }

    record Text(String value) implements Cell {
        @Override
        public String text() {
            return value;
        }

        @Override
        public boolean numeric() {
            return false;
        }
    }

    record Quantity(double value, Unit unit) implements Cell {
        @Override
        public String text() {
            return Quantities.format(value, unit);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A number shown with its unit, for columns whose rows differ in unit ({@code 12 ms}, {@code 99.50%}). */
    record Measured(double value, Unit unit) implements Cell {
        @Override
        public String text() {
            return Quantities.withUnit(value, unit);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A mean over replications and the half-width of its confidence interval: {@code m ± h}. */
    record Interval(double mean, double halfWidth, Unit unit) implements Cell {
        @Override
        public String text() {
            return Quantities.format(mean, unit) + " ± " + Quantities.format(halfWidth, unit);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** An objective's verdict: {@code pass} or {@code FAIL}. */
    record PassFail(boolean passed) implements Cell {
        @Override
        public String text() {
            return passed ? "pass" : "FAIL";
        }

        @Override
        public boolean numeric() {
            return false;
        }
    }

    /** A difference head − base, signed, with its unit ({@code +12.300 ms}, {@code -0.50 pp}). */
    record Delta(double value, Unit unit) implements Cell {
        @Override
        public String text() {
            return Quantities.signed(value, unit);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A confidence interval of a difference: {@code [+1.200, +3.400] ms}. */
    record Range(double lower, double upper, Unit unit) implements Cell {
        @Override
        public String text() {
            return Quantities.range(lower, upper, unit);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A comparison's verdict: {@code better}, {@code worse}, {@code no significant difference}, ... */
    record Judged(Verdict verdict) implements Cell {
        @Override
        public String text() {
            return verdict.label();
        }

        @Override
        public boolean numeric() {
            return false;
        }
    }

    static Cell text(String value) {
        return new Text(value);
    }

    static Cell count(long value) {
        return new Quantity(value, Unit.COUNT);
    }

    static Cell quantity(double value, Unit unit) {
        return new Quantity(value, unit);
    }
}
