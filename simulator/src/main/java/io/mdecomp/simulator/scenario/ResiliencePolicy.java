package io.mdecomp.simulator.scenario;

import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.Resilience;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The resilience patterns of a scenario: defaults for every call, and overrides per caller and
 * callee (the gateway calls as {@code gateway}).
 *
 * @param defaults the patterns of every call
 * @param calls    per-call overrides; each pattern an override gives replaces the default's
 */
public record ResiliencePolicy(Resilience defaults, SortedMap<CallKey, Resilience> calls) {

    /** No pattern anywhere. */
    public static final ResiliencePolicy NONE = new ResiliencePolicy(Resilience.NONE, new TreeMap<>());

    public ResiliencePolicy {
        Objects.requireNonNull(defaults, "defaults");
        calls = Collections.unmodifiableSortedMap(new TreeMap<>(calls));
    }

    /** Defaults and overrides from any map. */
    public static ResiliencePolicy of(Resilience defaults, Map<CallKey, Resilience> calls) {
        return new ResiliencePolicy(defaults, new TreeMap<>(calls));
    }

    /**
     * The patterns of calls {@code call}: the defaults, then the model's timeout for the call when
     * it gives one, then the scenario's override for the call.
     */
    public Resilience forCall(CallKey call, OptionalDouble modelTimeoutSeconds) {
        Resilience result = defaults;
        if (modelTimeoutSeconds.isPresent()) {
            result = result.overriddenBy(new Resilience(modelTimeoutSeconds, Optional.empty(), Optional.empty(),
                    OptionalInt.empty()));
        }
        Resilience override = calls.get(call);
        return override == null ? result : result.overriddenBy(override);
    }
}
