package io.mdecomp.model.quantity;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A positive rate of events: {@code 200/s}, {@code 12000/min}, {@code 5/h}.
 *
 * @param perSecond events per second, finite and {@code > 0}
 */
public record Rate(double perSecond) implements Comparable<Rate> {

    private static final Pattern FORMAT = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*/\\s*(ms|s|sec|m|min|h)");

    public Rate {
        if (!Double.isFinite(perSecond) || perSecond <= 0) {
            throw new QuantityFormatException("a rate must be finite and > 0, got " + perSecond + "/s");
        }
    }

    public static Rate perSecond(double perSecond) {
        return new Rate(perSecond);
    }

    /** Parses {@code N/s}, {@code N/min}, {@code N/h}; zero and negative rates are errors. */
    public static Rate parse(String text) {
        String trimmed = text.trim();
        Matcher matcher = FORMAT.matcher(trimmed);
        if (!matcher.matches()) {
            if (trimmed.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new QuantityFormatException("rate '" + trimmed + "' has no unit; write e.g. '" + trimmed
                        + "/s' or '" + trimmed + "/min'");
            }
            throw new QuantityFormatException("'" + trimmed + "' is not a rate; write e.g. 200/s or 12000/min");
        }
        double value = new BigDecimal(matcher.group(1)).doubleValue();
        if (value <= 0) {
            throw new QuantityFormatException("rate '" + trimmed + "' must be greater than zero");
        }
        return new Rate(value / unitSeconds(matcher.group(2)));
    }

    private static double unitSeconds(String unit) {
        switch (unit) {
            case "ms": return 1e-3;
            case "s":
            case "sec": return 1;
            case "m":
            case "min": return 60;
            case "h": return 3600;
            default: throw new QuantityFormatException("unknown rate unit '" + unit + "'");
        }
    }

    @Override
    public int compareTo(Rate other) {
        return Double.compare(perSecond, other.perSecond);
    }

    @Override
    public String toString() {
        double perMinute = perSecond * 60;
        if (perSecond < 1 && Math.abs(perMinute - Math.rint(perMinute)) < 1e-9) {
            return Duration.number(perMinute) + "/min";
        }
        return Duration.number(perSecond) + "/s";
    }
}
