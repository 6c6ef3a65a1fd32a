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

/**
 * Laws over randomly generated systems (a seeded generator, 30 fixed seeds): every request is
 * answered at most once and arrived = ok + failed + in flight, each of the four counted on its own
 * (so a request lost or counted twice breaks it); the same for sagas; the same seed gives the
 * same result (apart from wall time).
 */
class LawsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    static Scenario scenario(long seed, DomainModel[] modelOut) {
        return RandomSystems.scenario(seed, modelOut);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void requestsAreConserved(long seed) {
        DomainModel[] m = new DomainModel[1];
        Scenario s = scenario(seed, m);
        ScenarioResult r = Simulator.run(m[0], s, RunOptions.DEFAULTS);
        long routed = r.routes().stream().mapToLong(x -> x.requests()).sum();
        assertThat(routed).as("seed %d", seed).isEqualTo(r.requests().total());
        assertThat(r.requests().ok() + r.requests().failed() + r.requests().inFlight())
                .as("seed %d", seed).isEqualTo(r.requests().total());
        assertThat(r.requests().inFlight()).as("seed %d", seed).isBetween(0L, 2000L);
        long causes = r.routes().stream().flatMap(x -> x.errors().values().stream()).mapToLong(Long::longValue).sum();
        assertThat(causes).as("each failure counted once, under one cause").isEqualTo(r.requests().failed());
        for (SagaResult saga : r.sagas()) {
            assertThat(saga.inFlight()).as("seed %d", seed).isNotNegative();
            assertThat(saga.completed() + saga.compensated() + saga.compensationFailed() + saga.inFlight())
                    .as("seed %d", seed).isEqualTo(saga.started());
            assertThat(saga.compensationFailures()).as("seed %d", seed).isLessThanOrEqualTo(saga.compensations());
        }
        r.gateway().ifPresent(g -> assertThat(g.rejected()).as("seed %d", seed)
                .isLessThanOrEqualTo(r.routes().get(0).errors().getOrDefault(ErrorCause.REJECTED, 0L))
                .isLessThanOrEqualTo(r.requests().total()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sameSeedGivesTheSameResult(long seed) {
        DomainModel[] m = new DomainModel[1];
        Scenario s = scenario(seed, m);
        ScenarioResult a = Simulator.run(m[0], s, RunOptions.DEFAULTS);
        ScenarioResult b = Simulator.run(m[0], s, RunOptions.DEFAULTS);
        assertThat(b).usingRecursiveComparison().ignoringFields("wallSeconds").isEqualTo(a);
    }
}
