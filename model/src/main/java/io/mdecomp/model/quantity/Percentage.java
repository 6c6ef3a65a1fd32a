package io.mdecomp.model.quantity;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share between 0% and 100%: {@code 1%}, {@code 0.1%}, {@code 99.5%}.
 *
 * @param fraction the share as a fraction in [0, 1]
 */
public record Percentage(double fraction) implements Comparable<Percentage> {

    public static final Percentage ZERO = new Percentage(0);

    private static final Pattern FORMAT = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*%");

    public Percentage {
        if (!Double.isFinite(fraction) || fraction < 0 || fraction > 1) {
            throw new QuantityFormatException("a percentage must lie between 0% and 100%, got "
                    + Duration.number(fraction * 100) + "%");
        }
    }

    public static Percentage ofFraction(double fraction) {
        return new Percentage(fraction);
    }

    /** Parses {@code N%} with N in [0, 100]. */
    public static Percentage parse(String text) {
        String trimmed = text.trim();
        Matcher matcher = FORMAT.matcher(trimmed);
        if (!matcher.matches()) {
            throw new QuantityFormatException("'" + trimmed + "' is not a percentage; write e.g. 1% or 0.1%");
        }
        double percent = new BigDecimal(matcher.group(1)).doubleValue();
        if (percent < 0 || percent > 100) {
            throw new QuantityFormatException("percentage '" + trimmed + "' is out of range; use 0% to 100%");
        }
        return new Percentage(percent / 100.0);
    }

    public double percent() {
        return fraction * 100.0;
    }

    @Override
    public int compareTo(Percentage other) {
        return Double.compare(fraction, other.fraction);
    }

    @Override
    public String toString() {
        return Duration.number(percent()) + "%";
    }
}
