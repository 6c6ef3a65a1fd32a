package io.mdecomp.simulator.compare;

import java.util.Locale;

/** What a paired comparison says about the head model against the base. */
public enum Verdict {
    /** The confidence interval of the difference lies wholly on the better side of zero. */
    BETTER,
    /** The confidence interval of the difference lies wholly on the worse side of zero. */
    WORSE,
    /** The confidence interval of the difference contains zero. */
    NO_SIGNIFICANT_DIFFERENCE,
    /** A side has no value to compare in some replication (a latency without a successful request). */
    NOT_COMPARABLE;

    /** {@code no significant difference}, as reports print it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code no-significant-difference}, the JSON name. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
