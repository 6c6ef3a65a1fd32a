package io.mdecomp.cli.render.tune;

import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.sweep.Estimate;
import java.util.Locale;

/** The one formatter of the sweep and tuning reports. */
final class TuneNumbers {

    private TuneNumbers() {
    }

    /** A plain number: whole numbers without decimals, else three significant decimals (one from 100 on). */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3f", value);
    }

    /** A fraction as a percentage with two decimals. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    /** An objective's value in its unit: {@code 41.200 ms}, {@code 0.12%}. */
    static String slo(Slo slo, double value) {
        return slo.metric().isLatency() ? number(value) + " ms" : percent(value);
    }

    /** An estimate in an objective's unit, with its half-width when there is one: {@code 41.2 ± 0.4 ms}. */
    static String slo(Slo slo, Estimate estimate) {
        if (estimate.halfWidth() == 0) {
            return slo(slo, estimate.mean());
        }
        return slo.metric().isLatency() ? number(estimate.mean()) + " ± " + number(estimate.halfWidth()) + " ms"
                : percent(estimate.mean()) + " ± " + percent(estimate.halfWidth());
    }

    /** A ratio as a multiplier: {@code 1.39x}. */
    static String times(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    /** The confidence as a percentage without needless decimals: {@code 95%}, {@code 99.5%}. */
    static String confidence(double level) {
        return new java.math.BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString() + "%";
    }
}
