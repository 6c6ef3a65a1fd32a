package io.mdecomp.model.distribution;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.QuantityFormatException;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A quantile table, linear between points: {@code {dist: empirical, points: [[0.5, 3ms], [0.99, 40ms],
 * [1.0, 120ms]]}}. Quantiles rise strictly and end at 1.0; values never fall. Below the first
 * quantile the value rises linearly from zero at quantile 0, unless the first point is at 0.
 */
public record Empirical(List<Point> points) implements Distribution {

    /** One row of the table: the value below which a share {@code quantile} of draws fall. */
    public record Point(double quantile, Duration value) {
        public Point {
            if (!(quantile >= 0 && quantile <= 1)) {
                throw new QuantityFormatException("an empirical quantile must lie in [0, 1], got " + quantile);
            }
        }
    }

    public Empirical {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new QuantityFormatException("an empirical distribution needs at least one point");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).quantile() <= points.get(i - 1).quantile()) {
                throw new QuantityFormatException("empirical quantiles must rise strictly, but "
                        + points.get(i).quantile() + " follows " + points.get(i - 1).quantile());
            }
            if (points.get(i).value().compareTo(points.get(i - 1).value()) < 0) {
                throw new QuantityFormatException("empirical values must not fall, but " + points.get(i).value()
                        + " follows " + points.get(i - 1).value());
            }
        }
        if (points.get(points.size() - 1).quantile() != 1.0) {
            throw new QuantityFormatException("the last empirical point must be at quantile 1.0, got "
                    + points.get(points.size() - 1).quantile());
        }
    }

    @Override
    public String kind() {
        return "empirical";
    }

    /** The value at quantile {@code q}, by linear interpolation. */
    public double quantile(double q) {
        double previousQ = 0;
        double previousV = points.get(0).quantile() == 0 ? points.get(0).value().seconds() : 0;
        for (Point point : points) {
            if (q <= point.quantile()) {
                double width = point.quantile() - previousQ;
                double share = width == 0 ? 1 : (q - previousQ) / width;
                return previousV + share * (point.value().seconds() - previousV);
            }
            previousQ = point.quantile();
            previousV = point.value().seconds();
        }
        return previousV;
    }

    @Override
    public double meanSeconds() {
        return moment(1);
    }

    @Override
    public double variance() {
        double mean = meanSeconds();
        return Math.max(0, moment(2) - mean * mean);
    }

    /** ∫₀¹ Q(q)ⁿ dq over the piecewise-linear quantile function, exactly per segment. */
    private double moment(int n) {
        double total = 0;
        double previousQ = 0;
        double previousV = points.get(0).quantile() == 0 ? points.get(0).value().seconds() : 0;
        for (Point point : points) {
            double a = previousV;
            double b = point.value().seconds();
            double width = point.quantile() - previousQ;
            total += n == 1 ? width * (a + b) / 2 : width * (a * a + a * b + b * b) / 3;
            previousQ = point.quantile();
            previousV = b;
        }
        return total;
    }

    @Override
    public double sample(RandomGenerator random) {
        return quantile(random.nextDouble());
    }

    @Override
    public Distribution scaled(double factor) {
        return new Empirical(points.stream().map(p -> new Point(p.quantile(), p.value().times(factor))).toList());
    }
}
