package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.ref;
import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.result.EstimateMetric;
import io.mdecomp.simulator.result.SagaResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.SagaDefinition;
import io.mdecomp.simulator.scenario.ResiliencePolicy;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Orchestrated sagas with compensations: the route {@code GET /o} runs A.a, B.b, C.c in order;
 * each step's compensation (A.undoA, B.undoB, C.undoC) undoes it when a later step fails.
 */
class SagaBehaviourTest {

    private static final Deployment ROOMY = new Deployment(1, 1000, 1000);

    private static final DomainModel MODEL = model()
            .service("O", ROOMY, endpoint("o", new Constant(ms(1))))
            .service("A", ROOMY, endpoint("a", new Constant(ms(1))), endpoint("undoA", new Constant(ms(50))))
            .service("B", ROOMY, endpoint("b", new Constant(ms(1))), endpoint("undoB", new Constant(ms(1))))
            .service("C", ROOMY, endpoint("c", new Constant(ms(1))), endpoint("undoC", new Constant(ms(1))))
            .build();

    private static final SagaDefinition THREE_STEPS = new SagaDefinition("GET /o", List.of(
            new SagaDefinition.Step(ref("A.a"), Optional.of(ref("A.undoA"))),
            new SagaDefinition.Step(ref("B.b"), Optional.of(ref("B.undoB"))),
            new SagaDefinition.Step(ref("C.c"), Optional.of(ref("C.undoC")))), SourceLocation.UNKNOWN);

    private static Scenario scenario(long seed, Fault... faults) {
        return Scenario.builder("saga", 20, seed, open(100, "GET /o")).sagas(List.of(THREE_STEPS))
                .faults(List.of(faults)).build();
    }

    private static SagaResult saga(ScenarioResult r) {
        return r.sagas().get(0);
    }

    @Test
    void aStepThatAlwaysFailsCompensatesEveryCompletedStepForEveryRequest() {
        ScenarioResult r = Simulator.run(MODEL, scenario(5, new Fault(0, 100, new Fault.Fail("C", 1))),
                RunOptions.DEFAULTS);
        SagaResult s = saga(r);
        long requests = r.requests().total();
        long done = r.requests().ok() + r.requests().failed();
        assertThat(requests).isGreaterThan(1500);
        assertThat(s.started()).isEqualTo(requests);
        assertThat(s.completed()).isZero();
        assertThat(s.compensated()).isEqualTo(done);
        assertThat(s.compensationFailed()).isZero();
        // two compensations (B then A) per finished saga, plus those of sagas still compensating
        assertThat(s.compensations()).isBetween(2 * done, 2 * requests);
        assertThat(s.compensationFailures()).isZero();
        assertThat(s.steps().get(0).failed()).isZero();
        assertThat(s.steps().get(1).failed()).isZero();
        assertThat(s.steps().get(2).failed()).isBetween(done, done + s.inFlight());
        assertThat(r.routes().get(0).errors()).containsEntry(ErrorCause.INJECTED, r.requests().failed());
        assertThat(r.requests().ok()).isZero();
    }

    /** The calls one saga makes, as do1 … and undo1 …, when {@code saga} serves a single request. */
    private static List<String> trace(Scenario scenario, List<ErrorCause> outcomes) {
        Simulation sim = new Simulation(scenario.seed(), scenario.timing().maxEvents());
        Topology topology = new Topology(sim, MODEL, scenario);
        List<String> trace = new ArrayList<>();
        topology.sagas().get(0).observe((step, compensation) -> trace.add((compensation ? "undo" : "do") + (step + 1)));
        int route = topology.gateway().routeIndex("GET /o");
        topology.start();
        sim.at(1, () -> topology.gateway().handle(route, 0, outcomes::add));
        sim.runUntil(2);
        return trace;
    }

    @Test
    void compensationsRunInReverseOrderOfTheCompletedSteps() {
        List<ErrorCause> outcomes = new ArrayList<>();
        assertThat(trace(scenario(1, new Fault(0, 100, new Fault.Fail("C", 1))), outcomes))
                .containsExactly("do1", "do2", "do3", "undo2", "undo1");
        assertThat(outcomes).containsExactly(ErrorCause.INJECTED);
    }

    @Test
    void aSagaWhoseStepsAllSucceedRunsNoCompensation() {
        List<ErrorCause> outcomes = new ArrayList<>();
        assertThat(trace(scenario(1), outcomes)).containsExactly("do1", "do2", "do3");
        assertThat(outcomes).containsExactly((ErrorCause) null);
    }

    @Test
    void aFailedFirstStepHasNothingToCompensate() {
        List<ErrorCause> outcomes = new ArrayList<>();
        assertThat(trace(scenario(1, new Fault(0, 100, new Fault.Fail("A", 1))), outcomes)).containsExactly("do1");
        assertThat(outcomes).containsExactly(ErrorCause.INJECTED);
    }

    @Test
    void aStepWithoutCompensationIsSkippedWhenCompensating() {
        SagaDefinition noUndoForB = new SagaDefinition("GET /o", List.of(
                new SagaDefinition.Step(ref("A.a"), Optional.of(ref("A.undoA"))),
                new SagaDefinition.Step(ref("B.b"), Optional.empty()),
                new SagaDefinition.Step(ref("C.c"), Optional.empty())), SourceLocation.UNKNOWN);
        List<ErrorCause> outcomes = new ArrayList<>();
        Scenario s = scenario(4, new Fault(0, 100, new Fault.Fail("C", 1))).toBuilder().sagas(List.of(noUndoForB)).build();
        assertThat(trace(s, outcomes)).containsExactly("do1", "do2", "do3", "undo1");
        assertThat(outcomes).containsExactly(ErrorCause.INJECTED);
    }

    @Test
    void aSecondStepFailingThirtyPercentCompensatesOnlyTheFirstStepInThirtyPercentOfSagas() {
        ScenarioResult r = Simulator.run(MODEL, scenario(9, new Fault(0, 100, new Fault.Fail("B", 0.3))),
                RunOptions.DEFAULTS);
        SagaResult s = saga(r);
        long n = s.completed() + s.compensated();
        // binomial: mean 0.3 n, standard deviation sqrt(n · 0.3 · 0.7) ≈ 20 for n ≈ 2000; allow 4 sd
        double sd = Math.sqrt(n * 0.3 * 0.7);
        assertThat((double) s.compensated()).isBetween(0.3 * n - 4 * sd, 0.3 * n + 4 * sd);
        assertThat(s.steps().get(0).failed()).isZero();
        assertThat(s.steps().get(1).failed()).isBetween(s.compensated(), s.compensated() + s.inFlight());
        assertThat(s.steps().get(2).failed()).isZero();
        // only step 1 is ever compensated: one compensation per compensated saga (A.undoA takes 50 ms,
        // so sagas that failed in the last 50 ms may still be compensating)
        assertThat(s.compensations()).isBetween(s.compensated(), s.compensated() + s.inFlight());
        assertThat(s.compensationFailed()).isZero();
        assertThat(r.requests().ok()).isEqualTo(s.completed());
        assertThat(r.requests().failed()).isEqualTo(s.compensated());
    }

    @Test
    void aCompensationThatTimesOutIsCountedAsAFailedCompensation() {
        // B.b always fails; A.undoA takes 50 ms but the gateway gives calls to A 20 ms
        Resilience timeout20ms = new Resilience(OptionalDouble.of(0.020), Optional.empty(), Optional.empty(),
                OptionalInt.empty());
        Scenario s = scenario(3, new Fault(0, 100, new Fault.Fail("B", 1))).toBuilder()
                .resilience(ResiliencePolicy.of(Resilience.NONE, Map.of(new CallKey("gateway", "A"), timeout20ms))).build();
        ScenarioResult r = Simulator.run(MODEL, s, RunOptions.DEFAULTS);
        SagaResult saga = saga(r);
        assertThat(saga.completed()).isZero();
        assertThat(saga.compensated()).isZero();
        assertThat(saga.compensationFailed()).isEqualTo(r.requests().failed()).isGreaterThan(1500);
        assertThat(saga.compensationFailures()).isEqualTo(saga.compensationFailed());
        assertThat(saga.compensations()).isBetween(saga.compensationFailed(),
                saga.compensationFailed() + saga.inFlight());
        // the request fails with the root cause of the failed step, not the compensation's timeout
        assertThat(r.routes().get(0).errors()).containsOnlyKeys(ErrorCause.INJECTED);
    }

    @Test
    void replicationsGiveIntervalsForTheSagaCounts() {
        ScenarioResult r = Simulator.run(MODEL, scenario(2, new Fault(0, 100, new Fault.Fail("B", 0.3))),
                new RunOptions(java.util.OptionalLong.empty(), 3, RunOptions.Progress.NONE));
        assertThat(r.replications().orElseThrow().estimates())
                .filteredOn(e -> e.route().equals(Optional.of("GET /o"))).extracting(e -> e.metric())
                .contains(EstimateMetric.SAGA_COMPENSATED, EstimateMetric.SAGA_COMPENSATION_FAILED,
                        EstimateMetric.SAGA_COMPENSATION_FAILURES);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sagasAreConservedAndAgreeWithTheRouteCounts(long seed) {
        Resilience timeout20ms = new Resilience(OptionalDouble.of(0.020), Optional.empty(), Optional.empty(),
                OptionalInt.empty());
        Scenario s = Scenario.builder("saga", 5, seed, open(200, "GET /o")).sagas(List.of(THREE_STEPS))
                .warmup(1)
                .resilience(ResiliencePolicy.of(Resilience.NONE, Map.of(new CallKey("gateway", "A"), timeout20ms)))
                .faults(List.of(new Fault(0, 100, new Fault.Fail("B", 0.2)),
                        new Fault(0, 100, new Fault.Fail("C", 0.3)))).build();
        ScenarioResult r = Simulator.run(MODEL, s, RunOptions.DEFAULTS);
        SagaResult saga = saga(r);
        assertThat(saga.inFlight()).isNotNegative();
        assertThat(saga.started()).isEqualTo(saga.completed() + saga.compensated() + saga.compensationFailed()
                + saga.inFlight());
        assertThat(saga.started()).isEqualTo(r.requests().total());
        assertThat(saga.completed()).isEqualTo(r.requests().ok());
        assertThat(saga.compensated() + saga.compensationFailed()).isEqualTo(r.requests().failed());
        assertThat(saga.steps().get(0).failed()).isZero();
        // every saga that failed at B needs 1 compensation, at C 2 (A's always times out)
        assertThat(saga.compensationFailures()).isLessThanOrEqualTo(saga.compensations());
        assertThat(Simulator.run(MODEL, s, RunOptions.DEFAULTS).sagas()).isEqualTo(r.sagas());
    }
}
