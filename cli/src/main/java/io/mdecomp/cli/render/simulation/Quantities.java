package io.mdecomp.cli.render.simulation;

import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.result.EstimateMetric;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.stats.Unit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one formatter of the simulation reports: numbers by their {@link Unit}, and the few names
 * that are built from typed parts (error causes, call keys, estimate names). Reports only
 * assemble what this returns; none formats a number on its own.
 */
final class Quantities {

    private Quantities() {
    }

    /**
     * A number as a table cell shows it, its unit in the column header: fractions as percentages
     * with two decimals, everything else as {@link #number} (a mean of counts over replications
     * may have decimals).
     */
    static String format(double value, Unit unit) {
        return unit == Unit.FRACTION ? percent(value) : number(value);
    }

    /** A number with its unit: {@code 12.300 ms}, {@code 2 s}, {@code 99.50%}, {@code 41.200/s}. */
    static String withUnit(double value, Unit unit) {
        return unit == Unit.FRACTION ? percent(value) : number(value) + suffix(unit);
    }

    /**
     * A difference with its sign and unit: {@code +12.300 ms}, {@code -3 ms}, {@code 0 ms};
     * differences of fractions in percentage points ({@code +1.25 pp}).
     */
    static String signed(double value, Unit unit) {
        return sign(value) + magnitude(Math.abs(value), unit) + suffix(unit);
    }

    /** An interval of a difference: {@code [-1.200, +3.400] ms}, {@code [+0.10, +0.52] pp}. */
    static String range(double lower, double upper, Unit unit) {
        return "[" + sign(lower) + magnitude(Math.abs(lower), unit) + ", " + sign(upper)
                + magnitude(Math.abs(upper), unit) + "]" + suffix(unit);
    }

    private static String sign(double value) {
        return value < 0 ? "-" : value > 0 ? "+" : "";
    }

    private static String magnitude(double value, Unit unit) {
        return unit == Unit.FRACTION ? String.format(Locale.ROOT, "%.2f", value * 100) : number(value);
    }

    private static String suffix(Unit unit) {
        switch (unit) {
            case MILLISECONDS: return " ms";
            case SECONDS: return " s";
            case FRACTION: return " pp";
            case PER_SECOND: return "/s";
            default: return "";
        }
    }

    /**
     * A plain number: whole numbers without decimals, else three decimals (one from 100 on); a
     * number that was not measured (NaN) as {@code -}.
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3f", value);
    }

    /** A confidence level as a percentage: {@code 0.95} → {@code 95%}. */
    static String level(double level) {
        return number(level * 100) + "%";
    }

    /**
     * A fraction as a percentage with two decimals, {@code 0.1234} → {@code 12.34%}; one that two
     * decimals would round to zero keeps two significant digits, {@code 0.00004} → {@code 0.0040%}.
     */
    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "-";
        }
        double percent = fraction * 100;
        if (percent != 0 && Math.abs(percent) < 0.005) {
            return new java.math.BigDecimal(percent).round(new java.math.MathContext(2)).toPlainString() + "%";
        }
        return String.format(Locale.ROOT, "%.2f%%", percent);
    }

    /** {@code timeout 3, rejected 1}: causes by their JSON names, in the order of those names. */
    static String causes(Map<ErrorCause, Long> errors) {
        StringBuilder b = new StringBuilder();
        errors.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().label())).forEach(e ->
                b.append(b.length() == 0 ? "" : ", ").append(e.getKey().label()).append(' ').append(e.getValue()));
        return b.toString();
    }

    /** {@code Caller -> Callee}. */
    static String call(CallKey key) {
        return key.caller() + " -> " + key.callee();
    }

    /**
     * The name of an estimate as the JSON contract spells it: {@code throughput},
     * {@code POST /orders p99Ms}, {@code POST /orders saga compensated}, {@code gateway utilization}.
     */
    static String estimateName(Replications.Estimate e) {
        return estimateName(e.metric(), e.route());
    }

    static String estimateName(EstimateMetric metric, Optional<String> route) {
        switch (metric.scope()) {
            case ROUTE: return route.orElseThrow() + " " + metric.key();
            case SAGA: return route.orElseThrow() + " saga " + metric.key();
            case GATEWAY: return "gateway " + metric.key();
            case SLO: return route.orElseThrow() + " " + metric.key();
            default: return metric.key();
        }
    }
}
