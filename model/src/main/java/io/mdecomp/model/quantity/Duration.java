package io.mdecomp.model.quantity;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative length of time with a unit: {@code 750us}, {@code 5ms}, {@code 1.5s},
 * {@code 2m}, {@code 1h}. A bare number is rejected, since {@code timeout: 5} is ambiguous.
 *
 * @param seconds the length in seconds, finite and {@code >= 0}
 */
public record Duration(double seconds) implements Comparable<Duration> {

    public static final Duration ZERO = new Duration(0);

    private static final Pattern FORMAT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(ns|us|µs|ms|s|m|min|h)");

    public Duration {
        if (!Double.isFinite(seconds) || seconds < 0) {
            throw new QuantityFormatException("a duration must be finite and >= 0, got " + seconds + "s");
        }
    }

    public static Duration ofSeconds(double seconds) {
        return new Duration(seconds);
    }

    public static Duration ofMillis(double millis) {
        return new Duration(millis / 1000.0);
    }

    /** Parses a duration with a unit; throws {@link QuantityFormatException} with a hint otherwise. */
    public static Duration parse(String text) {
        String trimmed = text.trim();
        Matcher matcher = FORMAT.matcher(trimmed);
        if (!matcher.matches()) {
            if (trimmed.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new QuantityFormatException("duration '" + trimmed + "' has no unit; write e.g. '"
                        + trimmed + "ms' or '" + trimmed + "s' (units: us, ms, s, m, h)");
            }
            if (trimmed.startsWith("-")) {
                throw new QuantityFormatException("duration '" + trimmed + "' is negative; durations are >= 0");
            }
            throw new QuantityFormatException("'" + trimmed + "' is not a duration; write a number and a unit,"
                    + " e.g. 750us, 5ms, 1.5s, 2m, 1h");
        }
        double value = new BigDecimal(matcher.group(1)).doubleValue();
        return new Duration(value * unitSeconds(matcher.group(2)));
    }

    private static double unitSeconds(String unit) {
        switch (unit) {
            case "ns": return 1e-9;
            case "us":
            case "µs": return 1e-6;
            case "ms": return 1e-3;
            case "s": return 1;
            case "m":
            case "min": return 60;
            case "h": return 3600;
            default: throw new QuantityFormatException("unknown time unit '" + unit + "'");
        }
    }

    public double millis() {
        return seconds * 1000.0;
    }

    public boolean isZero() {
        return seconds == 0;
    }

    public Duration times(double factor) {
        return new Duration(seconds * factor);
    }

    @Override
    public int compareTo(Duration other) {
        return Double.compare(seconds, other.seconds);
    }

    /** The shortest exact text in the largest unit that keeps it readable: {@code 1.5s}, {@code 750us}. */
    @Override
    public String toString() {
        if (seconds == 0) {
            return "0ms";
        }
        if (seconds >= 3600 && isWhole(seconds / 3600)) {
            return number(seconds / 3600) + "h";
        }
        if (seconds >= 60 && isWhole(seconds / 60)) {
            return number(seconds / 60) + "m";
        }
        if (seconds >= 1) {
            return number(seconds) + "s";
        }
        if (seconds >= 1e-3) {
            return number(seconds * 1e3) + "ms";
        }
        return number(seconds * 1e6) + "us";
    }

    private static boolean isWhole(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9;
    }

    static String number(double value) {
        double rounded = Math.rint(value * 1e6) / 1e6;
        if (isWhole(rounded)) {
            return Long.toString(Math.round(rounded));
        }
        return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }
}
