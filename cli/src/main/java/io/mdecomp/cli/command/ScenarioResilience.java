package io.mdecomp.cli.command;

import io.mdecomp.codegen.view.BreakerView;
import io.mdecomp.codegen.view.ResiliencePolicy;
import io.mdecomp.simulator.component.BreakerSettings;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.RetrySettings;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A scenario's resilience settings as generated clients take them ({@code generate skeletons
 * --scenario}): its defaults and its service-to-service overrides (the gateway's are not
 * generated: the gateway is not a generated service).
 */
final class ScenarioResilience {

    private ScenarioResilience() {
    }

    /** The client settings of {@code scenario}. */
    static ResiliencePolicy of(Scenario scenario) {
        Map<ResiliencePolicy.CallPair, ResiliencePolicy.Patterns> overrides = new TreeMap<>();
        for (Map.Entry<CallKey, Resilience> call : scenario.resilience().calls().entrySet()) {
            overrides.put(new ResiliencePolicy.CallPair(call.getKey().caller(), call.getKey().callee()),
                    patterns(call.getValue()));
        }
        return ResiliencePolicy.scenario(scenario.name(), patterns(scenario.resilience().defaults()), overrides);
    }

    /**
     * What of {@code scenario}'s patterns the generated clients leave out (a retry budget, a choice
     * of causes, a wait for a bulkhead permit, the breaker's automatic transition to half-open).
     */
    static List<String> notGenerated(Scenario scenario) {
        List<String> missing = new ArrayList<>();
        List<Resilience> all = new ArrayList<>(scenario.resilience().calls().values());
        all.add(scenario.resilience().defaults());
        for (Resilience resilience : all) {
            resilience.retry().ifPresent(retry -> {
                if (retry.budget().isPresent() && !missing.contains("retry budgets")) {
                    missing.add("retry budgets");
                }
                if (!retry.retryOn().equals(RetrySettings.DEFAULTS.retryOn()) && !missing.contains("retryOn")) {
                    missing.add("retryOn");
                }
            });
            if (resilience.bulkhead().filter(b -> b.maxWaitSeconds() > 0).isPresent()) {
                note(missing, "bulkhead maxWaitDuration");
            }
            if (resilience.breaker().filter(BreakerSettings::automaticTransition).isPresent()) {
                note(missing, "automaticTransitionFromOpenToHalfOpenEnabled");
            }
        }
        return missing;
    }

    private static void note(List<String> missing, String what) {
        if (!missing.contains(what)) {
            missing.add(what);
        }
    }

    private static ResiliencePolicy.Patterns patterns(Resilience resilience) {
        OptionalLong timeout = resilience.timeoutSeconds().isPresent()
                ? OptionalLong.of(Math.max(1, millis(resilience.timeoutSeconds().getAsDouble()))) : OptionalLong.empty();
        Optional<ResiliencePolicy.Retry> retry = resilience.retry().map(r -> new ResiliencePolicy.Retry(r.maxAttempts(),
                millis(r.waitSeconds()), r.multiplier(), r.jitter()));
        Optional<BreakerView> breaker = resilience.breaker().map(ScenarioResilience::breaker);
        OptionalInt bulkhead = resilience.bulkhead().map(b -> OptionalInt.of(b.maxConcurrent())).orElse(OptionalInt.empty());
        return new ResiliencePolicy.Patterns(timeout, retry, breaker, bulkhead);
    }

    private static BreakerView breaker(BreakerSettings b) {
        return new BreakerView(true, b.timeBased(), b.window(), b.minimumCalls(), b.failureRateThreshold(),
                b.slowCallRateThreshold(), millis(b.slowCallSeconds()), millis(b.waitInOpenSeconds()), b.halfOpenCalls());
    }

    private static long millis(double seconds) {
        return Math.max(0, Math.round(seconds * 1000));
    }
}
