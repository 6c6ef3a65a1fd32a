package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.ref;
import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.parallel;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.distribution.LogNormal;
import io.mdecomp.simulator.component.BreakerSettings;
import io.mdecomp.simulator.component.DiscoverySettings;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.GatewaySettings;
import io.mdecomp.simulator.component.OutlierSettings;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.RetrySettings;
import io.mdecomp.simulator.component.Strategy;
import io.mdecomp.simulator.component.WorkloadSettings;
import io.mdecomp.simulator.result.SagaResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.LoadBalancing;
import io.mdecomp.simulator.scenario.SagaDefinition;
import io.mdecomp.simulator.scenario.ResiliencePolicy;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random systems for property tests: a seeded generator of small models and scenarios. */
public final class RandomSystems {

    private RandomSystems() {
    }

    /**
     * A chain of 2–4 services with random deployments, resilience, balancing and faults; for some
     * seeds gateway workers, and a two-step saga on the route.
     */
    public static Scenario scenario(long seed, DomainModel[] modelOut) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(3);
        TestModels builder = model();
        for (int i = 0; i < n; i++) {
            String name = "S" + i;
            Deployment d = new Deployment(1 + random.nextInt(3), 1 + random.nextInt(8), random.nextInt(20));
            var time = new LogNormal(ms(1 + random.nextInt(5)), ms(20 + random.nextInt(50)));
            if (i + 2 < n && random.nextBoolean()) {
                builder.service(name, d, endpoint("e" + i, time, parallel("S" + (i + 1), "e" + (i + 1)),
                        parallel("S" + (i + 2), "e" + (i + 2))));
            } else if (i + 1 < n) {
                builder.service(name, d, endpoint("e" + i, time, sync("S" + (i + 1), "e" + (i + 1), 0.7)));
            } else {
                builder.service(name, d, endpoint("e" + i, new Exponential(ms(2))));
            }
        }
        modelOut[0] = builder.build();
        Resilience resilience = new Resilience(
                random.nextBoolean() ? OptionalDouble.of(0.05 + random.nextDouble() * 0.2) : OptionalDouble.empty(),
                random.nextBoolean() ? Optional.of(new RetrySettings(1 + random.nextInt(3), 0.01, 2, 0.5,
                        OptionalDouble.of(0.2), 5, EnumSet.allOf(ErrorCause.class))) : Optional.empty(),
                random.nextBoolean() ? Optional.of(new BreakerSettings(random.nextBoolean(), 20, 10, 50, 100, 0.1, 2, 3))
                        : Optional.empty(),
                random.nextBoolean() ? OptionalInt.of(5 + random.nextInt(20)) : OptionalInt.empty());
        List<Fault> faults = new ArrayList<>();
        faults.add(new Fault(5, 5, new Fault.Kill("S1", 1)));
        faults.add(new Fault(8, 4, new Fault.Slow("S0", 5)));
        faults.add(new Fault(12, 3, new Fault.Fail("S" + (n - 1), 0.3)));
        faults.add(new Fault(15, 2, new Fault.Partition("S0", "S1")));
        faults.add(new Fault(16, 3, new Fault.StallRegistry()));
        Strategy strategy = Strategy.values()[random.nextInt(Strategy.values().length)];
        WorkloadSettings w = new WorkloadSettings(new WorkloadSettings.Open(100 + random.nextInt(400), List.of()),
                50, List.of(new WorkloadSettings.MixEntry("GET /e0", 1)));
        Scenario scenario = Scenario.builder("law", 25, seed, w).warmup(2).resilience(ResiliencePolicy.of(resilience, Map.of()))
                .discovery(new DiscoverySettings(true, 1, 3, 2, 1, 1))
                .loadBalancing(new LoadBalancing(strategy, Optional.of(OutlierSettings.ENVOY), Map.of()))
                .faults(faults).build();
        // drawn last, so the parts above stay as they were for every seed
        if (random.nextBoolean()) {
            scenario = scenario.toBuilder().gateway(GatewaySettings.NONE.withWorkers(5 + random.nextInt(100),
                    random.nextInt(50))).build();
        }
        if (random.nextBoolean()) {
            String last = "S" + (n - 1) + ".e" + (n - 1);
            scenario = scenario.toBuilder().sagas(List.of(new SagaDefinition("GET /e0", List.of(
                    new SagaDefinition.Step(ref("S0.e0"), Optional.of(ref("S0.e0"))),
                    new SagaDefinition.Step(ref(last), Optional.of(ref(last)))), SourceLocation.UNKNOWN))).build();
        }
        return scenario;
    }

}
