package io.mdecomp.cli.render.simulation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A map from data values to pixels along one chart axis, linear or logarithmic (base 10), with
 * "nice" tick values (1, 2 or 5 times a power of ten).
 *
 * @param min  the data value drawn at {@code from}
 * @param max  the data value drawn at {@code to} (greater than {@code min})
 * @param from the pixel of {@code min}
 * @param to   the pixel of {@code max} (smaller than {@code from} for a vertical axis)
 * @param log  logarithmic: {@code min} and {@code max} are powers of ten
 */
record ChartScale(double min, double max, double from, double to, boolean log) {

    /** The smallest value a logarithmic scale shows: one microsecond when values are milliseconds. */
    static final double LOG_FLOOR = 1e-3;

    ChartScale {
        if (!(max > min) || (log && !(min > 0))) {
            throw new IllegalArgumentException("need max > min (and min > 0 on a log scale)");
        }
    }

    /**
     * A linear scale from 0: up to {@code dataMax} exactly when {@code exact}, else up to the
     * first tick at or above it. A non-positive or non-finite {@code dataMax} gives [0, 1].
     */
    static ChartScale linear(double dataMax, boolean exact, double from, double to) {
        if (!(dataMax > 0) || !Double.isFinite(dataMax)) {
            return new ChartScale(0, 1, from, to, false);
        }
        double step = niceStep(dataMax / 5);
        double max = exact ? dataMax : Math.ceil(dataMax / step - 1e-9) * step;
        return new ChartScale(0, max, from, to, false);
    }

    /**
     * A logarithmic scale from the power of ten at or below {@code dataMin} to the one at or above
     * {@code dataMax} (at least one decade); values below {@link #LOG_FLOOR} are drawn there.
     */
    static ChartScale logarithmic(double dataMin, double dataMax, double from, double to) {
        double lo = Math.pow(10, Math.floor(Math.log10(Math.max(LOG_FLOOR, dataMin))));
        double hi = Math.pow(10, Math.ceil(Math.log10(Math.max(LOG_FLOOR, dataMax))));
        if (!(hi > lo)) {
            hi = lo * 10;
        }
        return new ChartScale(lo, hi, from, to, true);
    }

    /** The pixel of {@code value}, clamped to the scale's range. */
    double at(double value) {
        double v = Double.isFinite(value) ? Math.max(min, Math.min(max, value)) : min;
        double fraction = log ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                : (v - min) / (max - min);
        return from + fraction * (to - from);
    }

    /**
     * The tick values, rising: on a linear scale about five to ten multiples of a nice step; on a
     * log scale 1, 2 and 5 times each power of ten (only the powers when it spans more than three
     * decades).
     */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            int first = (int) Math.round(Math.log10(min));
            int last = (int) Math.round(Math.log10(max));
            double[] multiples = last - first > 3 ? new double[] {1} : new double[] {1, 2, 5};
            for (int e = first; e <= last; e++) {
                for (double m : multiples) {
                    double value = round(m * Math.pow(10, e));
                    if (value <= max * (1 + 1e-9)) {
                        ticks.add(value);
                    }
                }
            }
            return ticks;
        }
        double step = niceStep(max / 5);
        for (int i = 0; i * step <= max * (1 + 1e-9); i++) {
            ticks.add(round(i * step));
        }
        return ticks;
    }

    /** 1, 2 or 5 times the power of ten at or below {@code rough}, the one closest above it. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    /** A tick label: at most six significant digits, no exponent, no trailing zeros. */
    static String label(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static double round(double value) {
        return value == 0 ? 0 : new BigDecimal(value).round(new MathContext(12)).doubleValue();
    }
}
