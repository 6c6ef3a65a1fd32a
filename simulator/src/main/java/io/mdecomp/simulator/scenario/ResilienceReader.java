package io.mdecomp.simulator.scenario;

import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import io.mdecomp.simulator.component.BreakerSettings;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.RetrySettings;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a set of resilience patterns: {@code timeout}, {@code retry}, {@code circuitBreaker},
 * {@code bulkhead}. A pattern given as an empty mapping ({@code {}}) or with some keys takes
 * Resilience4j's defaults for the rest.
 */
final class ResilienceReader {

    private static final String CAUSES = java.util.Arrays.stream(ErrorCause.values()).map(ErrorCause::label)
            .collect(Collectors.joining(", "));

    private ResilienceReader() {
    }

    static Resilience read(YamlMap map) {
        map.allowOnly("timeout", "retry", "circuitBreaker", "bulkhead");
        OptionalDouble timeout = map.optional("timeout").flatMap(Values::positiveSeconds)
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
        Optional<RetrySettings> retry = present(map, "retry").flatMap(YamlNode::asMap).map(ResilienceReader::retry);
        Optional<BreakerSettings> breaker = present(map, "circuitBreaker").flatMap(YamlNode::asMap)
                .map(ResilienceReader::breaker);
        OptionalInt bulkhead = present(map, "bulkhead").flatMap(YamlNode::asMap)
                .map(b -> {
                    b.allowOnly("maxConcurrent");
                    return OptionalInt.of(Values.intIn(b, "maxConcurrent", 1, ScenarioLimits.BULKHEAD, 25));
                }).orElse(OptionalInt.empty());
        return new Resilience(timeout, retry, breaker, bulkhead);
    }

    /** The value under {@code key}; an explicitly empty {@code {}} counts as present. */
    private static Optional<YamlNode> present(YamlMap map, String key) {
        return map.optional(key);
    }

    private static RetrySettings retry(YamlMap r) {
        r.allowOnly("maxAttempts", "wait", "multiplier", "jitter", "budget", "minRetries", "retryOn");
        RetrySettings d = RetrySettings.DEFAULTS;
        int attempts = Values.intIn(r, "maxAttempts", 1, ScenarioLimits.RETRY_ATTEMPTS, d.maxAttempts());
        double wait = Values.seconds(r, "wait", d.waitSeconds());
        double multiplier = r.optional("multiplier")
                .flatMap(n -> n.asDoubleIn(1, true, 1000, true)).orElse(1.0);
        double jitter = r.optional("jitter").flatMap(n -> n.asDoubleIn(0, true, 1, false)).orElse(0.0);
        OptionalDouble budget = r.optional("budget").flatMap(YamlNode::asPercentage)
                .map(p -> OptionalDouble.of(p.fraction())).orElse(OptionalDouble.empty());
        int minRetries = Values.intAtLeast(r, "minRetries", 0, d.minRetries());
        Set<ErrorCause> on = EnumSet.allOf(ErrorCause.class);
        Optional<YamlNode> retryOn = r.optional("retryOn");
        if (retryOn.isPresent()) {
            on = EnumSet.noneOf(ErrorCause.class);
            for (YamlNode item : retryOn.get().asList("a list of error causes").orElse(List.of())) {
                Optional<String> label = item.asName();
                if (label.isEmpty()) {
                    continue;
                }
                try {
                    on.add(ErrorCause.fromLabel(label.get()));
                } catch (IllegalArgumentException e) {
                    item.error("value", "unknown error cause '" + label.get() + "' (known: " + CAUSES + ")");
                }
            }
        }
        return new RetrySettings(attempts, wait, multiplier, jitter, budget, minRetries, on);
    }

    private static BreakerSettings breaker(YamlMap b) {
        b.allowOnly("window", "minimumCalls", "failureRateThreshold", "slowCallRateThreshold", "slowCallDuration",
                "waitInOpen", "halfOpenCalls");
        BreakerSettings d = BreakerSettings.DEFAULTS;
        boolean timeBased = false;
        int window = d.window();
        Optional<YamlNode> windowNode = b.optional("window");
        if (windowNode.isPresent()) {
            YamlNode node = windowNode.get();
            String text = node.asString().orElse("");
            if (text.matches("[0-9]+")) {
                window = node.labelled("'window' (calls)")
                        .asIntIn(1, ScenarioLimits.BREAKER_WINDOW_CALLS, ScenarioLimits.REASON).orElse(d.window());
            } else {
                YamlNode labelled = node.labelled("'window' (a number of calls or a duration)");
                Optional<Double> seconds = Values.positiveSeconds(labelled);
                if (seconds.isPresent() && seconds.get() > ScenarioLimits.BREAKER_WINDOW_SECONDS) {
                    labelled.error("value", "a time-based 'window' must be at most "
                            + ScenarioLimits.BREAKER_WINDOW_SECONDS + "s (1h; " + ScenarioLimits.REASON + "), got "
                            + text.strip());
                } else if (seconds.isPresent()) {
                    timeBased = true;
                    window = (int) Math.max(1, Math.round(seconds.get()));
                }
            }
        }
        int minimum = Values.intAtLeast(b, "minimumCalls", 1, d.minimumCalls());
        double failure = Values.percentAboveZero(b, "failureRateThreshold", d.failureRateThreshold());
        double slowRate = Values.percentAboveZero(b, "slowCallRateThreshold", d.slowCallRateThreshold());
        double slowCall = Values.seconds(b, "slowCallDuration", d.slowCallSeconds());
        double wait = Values.seconds(b, "waitInOpen", d.waitInOpenSeconds());
        int halfOpen = Values.intIn(b, "halfOpenCalls", 1, ScenarioLimits.BREAKER_HALF_OPEN_CALLS, d.halfOpenCalls());
        return new BreakerSettings(timeBased, window, minimum, failure, slowRate, slowCall, wait, halfOpen);
    }
}
