package io.mdecomp.simulator.scenario;

import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.util.Optional;

/** Small typed readers shared by the scenario readers. */
final class Values {

    private Values() {
    }

    /** Seconds of the duration under {@code key}, or {@code fallback} when absent. */
    static double seconds(YamlMap map, String key, double fallback) {
        return map.optional(key).flatMap(YamlNode::asDuration).map(Duration::seconds).orElse(fallback);
    }

    /** A duration that must be above zero. */
    static Optional<Double> positiveSeconds(YamlNode node) {
        Optional<Duration> d = node.asDuration();
        if (d.isPresent() && d.get().isZero()) {
            node.error("value", node.label() + " must be greater than zero, got " + d.get());
            return Optional.empty();
        }
        return d.map(Duration::seconds);
    }

    /**
     * The period of a recurring timer: a duration of at least {@link ScenarioLimits#TIMER_PERIOD_SECONDS};
     * else a located error.
     */
    static Optional<Double> timerSeconds(YamlNode node) {
        Optional<Duration> d = node.asDuration();
        if (d.isPresent() && d.get().seconds() < ScenarioLimits.TIMER_PERIOD_SECONDS) {
            node.error("value", node.label() + " must be at least " + Duration.ofSeconds(ScenarioLimits.TIMER_PERIOD_SECONDS)
                    + ", got " + d.get() + " (it runs a timer, and each firing is an event; real ones run every"
                    + " few seconds)");
            return Optional.empty();
        }
        return d.map(Duration::seconds);
    }

    /** A latency: a bare duration is constant; a mapping is any distribution. */
    static Optional<Distribution> latency(YamlNode node) {
        if (node.isScalar()) {
            return node.asDuration().map(Constant::new);
        }
        return node.asDistribution();
    }

    /** A percentage under {@code key} as a fraction, or {@code fallback}. */
    static double fraction(YamlMap map, String key, double fallback) {
        return map.optional(key).flatMap(YamlNode::asPercentage).map(p -> p.fraction()).orElse(fallback);
    }

    /** A percentage under {@code key} in percent (0, 100], or {@code fallback}. */
    static double percentAboveZero(YamlMap map, String key, double fallback) {
        Optional<YamlNode> node = map.optional(key);
        if (node.isEmpty()) {
            return fallback;
        }
        Optional<Double> percent = node.get().asPercentage().map(p -> p.percent());
        if (percent.isPresent() && percent.get() <= 0) {
            node.get().error("value", node.get().label() + " must be above 0%, got " + percent.get() + "%");
            return fallback;
        }
        return percent.orElse(fallback);
    }

    static int intAtLeast(YamlMap map, String key, int min, int fallback) {
        return map.optional(key).flatMap(n -> n.asIntAtLeast(min)).orElse(fallback);
    }

    /** A whole number in [min, max] under {@code key} ({@link ScenarioLimits#REASON} above max), or {@code fallback}. */
    static int intIn(YamlMap map, String key, int min, int max, int fallback) {
        return map.optional(key).flatMap(n -> n.asIntIn(min, max, ScenarioLimits.REASON)).orElse(fallback);
    }
}
