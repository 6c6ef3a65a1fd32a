package io.mdecomp.simulator.scenario;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One objective: a metric of one route (or of all requests) against a target. Latency targets
 * are milliseconds; error rate and availability are fractions.
 *
 * @param route    the route, or empty for all requests
 * @param metric   what is bounded
 * @param target   the bound
 * @param location where it is declared
 */
public record Slo(Optional<String> route, SloMetric metric, double target, SourceLocation location) {

    public Slo {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(location, "location");
    }

    /** True when {@code actual} (in the metric's unit) meets the target: at least it for availability, else at most. */
    public boolean holds(double actual) {
        return metric.isLowerBound() ? actual >= target : actual <= target;
    }

    /** {@code POST /orders p99 <= 800ms}, {@code availability >= 99.5%}. */
    public String describe() {
        String subject = route.map(r -> r + " ").orElse("");
        String bound = metric.isLowerBound() ? " >= " : " <= ";
        String value = metric.isLatency() ? number(target) + "ms" : number(target * 100) + "%";
        return subject + metric.key() + bound + value;
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", java.math.BigDecimal.valueOf(value).stripTrailingZeros()
                .toPlainString());
    }
}
