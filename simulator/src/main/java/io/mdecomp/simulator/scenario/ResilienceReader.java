package io.mdecomp.simulator.scenario;

import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import io.mdecomp.simulator.component.BreakerSettings;
import io.mdecomp.simulator.component.BulkheadSettings;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.RetryBudgetSettings;
import io.mdecomp.simulator.component.RetrySettings;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a set of resilience patterns: {@code timeout}, {@code retry}, {@code circuitBreaker},
 * {@code bulkhead}. A pattern given as an empty mapping ({@code {}}) or with some keys takes
 * Resilience4j's defaults for the rest (Finagle's for a retry budget).
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
        Optional<BulkheadSettings> bulkhead = present(map, "bulkhead").flatMap(YamlNode::asMap)
                .map(ResilienceReader::bulkhead);
        return new Resilience(timeout, retry, breaker, bulkhead);
    }

    /** The value under {@code key}; an explicitly empty {@code {}} counts as present. */
    private static Optional<YamlNode> present(YamlMap map, String key) {
        return map.optional(key);
    }

    private static BulkheadSettings bulkhead(YamlMap b) {
        b.allowOnly("maxConcurrent", "maxWaitDuration");
        BulkheadSettings d = BulkheadSettings.DEFAULTS;
        return new BulkheadSettings(Values.intIn(b, "maxConcurrent", 1, ScenarioLimits.BULKHEAD, d.maxConcurrent()),
                Values.seconds(b, "maxWaitDuration", d.maxWaitSeconds()));
    }

    private static RetrySettings retry(YamlMap r) {
        r.optional("minRetries").ifPresent(n -> n.error("unknown-key", "'minRetries' counted retries since the"
                + " start of the run; the budget is now windowed as Finagle's RetryBudget: write"
                + " 'budget: {percentCanRetry: 20%, minRetriesPerSec: 10, ttl: 10s}'"));
        r.allowOnly("maxAttempts", "wait", "multiplier", "jitter", "budget", "minRetries", "retryOn");
        RetrySettings d = RetrySettings.DEFAULTS;
        int attempts = Values.intIn(r, "maxAttempts", 1, ScenarioLimits.RETRY_ATTEMPTS, d.maxAttempts());
        double wait = Values.seconds(r, "wait", d.waitSeconds());
        double multiplier = r.optional("multiplier")
                .flatMap(n -> n.asDoubleIn(1, true, 1000, true)).orElse(1.0);
        double jitter = r.optional("jitter").flatMap(n -> n.asDoubleIn(0, true, 1, false)).orElse(0.0);
        Optional<RetryBudgetSettings> budget = r.optional("budget").flatMap(ResilienceReader::budget);
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
        return new RetrySettings(attempts, wait, multiplier, jitter, budget, on);
    }

    /**
     * A retry budget: a share ({@code 20%}: Finagle's {@code percentCanRetry} with its other
     * defaults) or a mapping {@code {percentCanRetry, minRetriesPerSec, ttl}}.
     */
    private static Optional<RetryBudgetSettings> budget(YamlNode node) {
        RetryBudgetSettings d = RetryBudgetSettings.DEFAULTS;
        if (node.isScalar()) {
            return node.labelled("'budget' (a share of calls, or {percentCanRetry, minRetriesPerSec, ttl})")
                    .asPercentage().map(p -> new RetryBudgetSettings(p.fraction(), d.minRetriesPerSec(),
                            d.ttlSeconds()));
        }
        return node.asMap().map(b -> {
            b.allowOnly("percentCanRetry", "minRetriesPerSec", "ttl");
            double share = Values.fraction(b, "percentCanRetry", d.percentCanRetry());
            int perSecond = b.optional("minRetriesPerSec").flatMap(n -> n.asIntIn(0, ScenarioLimits.RETRIES_PER_SECOND,
                    "a limit that keeps the budget's token count from overflowing")).orElse(d.minRetriesPerSec());
            double ttl = d.ttlSeconds();
            Optional<YamlNode> ttlNode = b.optional("ttl");
            Optional<Double> seconds = ttlNode.flatMap(YamlNode::asDuration).map(x -> x.seconds());
            if (seconds.isPresent() && (seconds.get() < RetryBudgetSettings.MIN_TTL_SECONDS
                    || seconds.get() > RetryBudgetSettings.MAX_TTL_SECONDS)) {
                ttlNode.get().error("value", "the budget's 'ttl' must lie between 1s and 60s (Finagle's bounds), got "
                        + ttlNode.get().asString().orElse("").strip());
            } else if (seconds.isPresent()) {
                ttl = seconds.get();
            }
            return new RetryBudgetSettings(share, perSecond, ttl);
        });
    }

    private static BreakerSettings breaker(YamlMap b) {
        b.allowOnly("window", "minimumCalls", "failureRateThreshold", "slowCallRateThreshold", "slowCallDuration",
                "waitInOpen", "halfOpenCalls", "automaticTransitionFromOpenToHalfOpenEnabled");
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
        boolean automatic = b.optional("automaticTransitionFromOpenToHalfOpenEnabled").flatMap(YamlNode::asBoolean)
                .orElse(d.automaticTransition());
        return new BreakerSettings(timeBased, window, minimum, failure, slowRate, slowCall, wait, halfOpen, automatic);
    }
}
