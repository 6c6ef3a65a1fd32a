package io.mdecomp.codegen.view;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the generated clients' resilience settings come from.
 *
 * <p>{@link #RESILIENCE4J_DEFAULTS} (no scenario): each client has the longest {@code timeout} the
 * model gives on the caller's calls to that callee, else Resilience4j's 1 s; a retry of 3 attempts
 * 500 ms apart for idempotent calls only (a POST or PATCH is not retried); Resilience4j's
 * default circuit breaker; no bulkhead.
 *
 * <p>{@link #scenario} (as {@code simulate} does): each pattern is the scenario's default, then
 * the model's timeout, then the scenario's {@code Caller -> Callee} override; a pattern configured
 * nowhere is off. A configured retry applies to POST and PATCH calls too, which then carry an
 * {@code Idempotency-Key}.
 *
 * @param name      {@code Resilience4j defaults}, or {@code scenario NAME}
 * @param scenario  true when the settings come from a scenario
 * @param defaults  the scenario's defaults for every call
 * @param overrides per caller and callee
 */
public record ResiliencePolicy(String name, boolean scenario, Patterns defaults, SortedMap<CallPair, Patterns> overrides) {

    /** Resilience4j's defaults and the model's timeouts. */
    public static final ResiliencePolicy RESILIENCE4J_DEFAULTS = new ResiliencePolicy("Resilience4j defaults", false,
            Patterns.NONE, new TreeMap<>());

    public ResiliencePolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaults, "defaults");
        overrides = Collections.unmodifiableSortedMap(new TreeMap<>(overrides));
    }

    /** The settings of scenario {@code scenarioName}: its defaults and its per-call overrides. */
    public static ResiliencePolicy scenario(String scenarioName, Patterns defaults, Map<CallPair, Patterns> overrides) {
        return new ResiliencePolicy("scenario " + scenarioName, true, defaults, new TreeMap<>(overrides));
    }

    /** The settings of {@code caller}'s client of {@code callee}, whose longest model timeout is {@code modelTimeout}. */
    ResilienceView resolve(String caller, String callee, OptionalLong modelTimeoutMillis) {
        if (!scenario) {
            return new ResilienceView(modelTimeoutMillis.orElse(1000), RetryView.DEFAULTS, BreakerView.DEFAULTS, 0, name);
        }
        Patterns patterns = defaults;
        if (modelTimeoutMillis.isPresent()) {
            patterns = patterns.overriddenBy(new Patterns(modelTimeoutMillis, Optional.empty(), Optional.empty(),
                    OptionalInt.empty()));
        }
        Patterns override = overrides.get(new CallPair(caller, callee));
        if (override != null) {
            patterns = patterns.overriddenBy(override);
        }
        return new ResilienceView(patterns.timeoutMillis().orElse(0),
                patterns.retry().map(r -> new RetryView(true, r.maxAttempts(), r.waitMillis(), r.multiplier(), r.jitter(), true))
                        .orElse(RetryView.OFF),
                patterns.breaker().orElse(BreakerView.OFF), patterns.bulkhead().orElse(0), name);
    }

    /** A caller and a callee service, by model name. */
    public record CallPair(String caller, String callee) implements Comparable<CallPair> {

        public CallPair {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(callee, "callee");
        }

        @Override
        public int compareTo(CallPair other) {
            int byCaller = caller.compareTo(other.caller);
            return byCaller != 0 ? byCaller : callee.compareTo(other.callee);
        }

        @Override
        public String toString() {
            return caller + " -> " + callee;
        }
    }

    /**
     * Resilience patterns as a scenario gives them; an absent one is not configured.
     *
     * @param timeoutMillis the time limit per attempt
     * @param retry         the retry
     * @param breaker       the circuit breaker
     * @param bulkhead      the most concurrent calls
     */
    public record Patterns(OptionalLong timeoutMillis, Optional<Retry> retry, Optional<BreakerView> breaker,
                           OptionalInt bulkhead) {

        /** Nothing configured. */
        public static final Patterns NONE = new Patterns(OptionalLong.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty());

        public Patterns {
            Objects.requireNonNull(timeoutMillis, "timeoutMillis");
            Objects.requireNonNull(retry, "retry");
            Objects.requireNonNull(breaker, "breaker");
            Objects.requireNonNull(bulkhead, "bulkhead");
        }

        /** These, with each pattern {@code override} gives replacing ours. */
        public Patterns overriddenBy(Patterns override) {
            return new Patterns(override.timeoutMillis.isPresent() ? override.timeoutMillis : timeoutMillis,
                    override.retry.isPresent() ? override.retry : retry,
                    override.breaker.isPresent() ? override.breaker : breaker,
                    override.bulkhead.isPresent() ? override.bulkhead : bulkhead);
        }
    }

    /**
     * A configured retry.
     *
     * @param maxAttempts attempts including the first
     * @param waitMillis  the base wait
     * @param multiplier  backoff factor, >= 1
     * @param jitter      randomization factor in [0, 1)
     */
    public record Retry(int maxAttempts, long waitMillis, double multiplier, double jitter) {
    }
}
