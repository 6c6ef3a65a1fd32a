package io.mdecomp.simulator.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.simulator.engine.Simulation;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static BreakerSettings count(int window, int minimum, double threshold, double wait, int halfOpen) {
        return new BreakerSettings(false, window, minimum, threshold, 100, 60, wait, halfOpen);
    }

    @Test
    void opensOnExactlyTheTenthFailureAfterTwentySuccesses() {
        // window 20 full of successes; the k-th failure pushes a success out: rate k/20 >= 50% at k = 10
        CircuitBreaker breaker = new CircuitBreaker(count(20, 10, 50, 60, 10));
        for (int i = 0; i < 20; i++) {
            breaker.record(i, false, 0.01);
        }
        for (int k = 1; k <= 9; k++) {
            breaker.record(20 + k, true, 0.01);
            assertThat(breaker.state()).as("after failure %d", k).isEqualTo(BreakerState.CLOSED);
        }
        breaker.record(30, true, 0.01);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.transitions()).containsExactly(new BreakerTransition(30, BreakerState.OPEN));
    }

    @Test
    void computesNoRateBeforeTheMinimumNumberOfCalls() {
        CircuitBreaker breaker = new CircuitBreaker(count(100, 10, 50, 60, 10));
        for (int i = 0; i < 9; i++) {
            breaker.record(i, true, 0.01);
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        breaker.record(9, true, 0.01);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void minimumIsCappedByACountWindowSmallerThanIt() {
        // Resilience4j: minimumNumberOfCalls = min(minimumNumberOfCalls, slidingWindowSize)
        CircuitBreaker breaker = new CircuitBreaker(count(4, 100, 50, 60, 10));
        breaker.record(0, false, 0.01);
        breaker.record(1, false, 0.01);
        breaker.record(2, true, 0.01);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        breaker.record(3, true, 0.01);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void refusesCallsWhileOpenThenLetsExactlyTheHalfOpenTrialsThrough() {
        CircuitBreaker breaker = new CircuitBreaker(count(2, 2, 50, 30, 2));
        breaker.record(0, true, 0.01);
        breaker.record(1, true, 0.01);
        assertThat(breaker.tryAcquire(30.9)).isFalse();
        assertThat(breaker.tryAcquire(31)).as("strictly after the wait").isFalse();
        assertThat(breaker.tryAcquire(31.001)).isTrue();
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.tryAcquire(31.001)).isTrue();
        assertThat(breaker.tryAcquire(31.001)).isFalse();
        breaker.record(31.5, false, 0.01);
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        breaker.record(31.6, false, 0.01);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(breaker.transitions()).extracting(BreakerTransition::to)
                .containsExactly(BreakerState.OPEN, BreakerState.HALF_OPEN, BreakerState.CLOSED);
    }

    @Test
    void halfOpenTrialsAtTheThresholdOpenItAgain() {
        CircuitBreaker breaker = new CircuitBreaker(count(2, 2, 50, 10, 2));
        breaker.record(0, true, 0.01);
        breaker.record(0, true, 0.01);
        assertThat(breaker.tryAcquire(10.001)).isTrue();
        assertThat(breaker.tryAcquire(10.001)).isTrue();
        breaker.record(10.1, false, 0.01);
        breaker.record(10.2, true, 0.01);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.tryAcquire(20.2)).isFalse();
        assertThat(breaker.tryAcquire(20.201)).isTrue();
    }

    @Test
    void timeBasedWindowForgetsCallsOlderThanItsSeconds() {
        CircuitBreaker breaker = new CircuitBreaker(new BreakerSettings(true, 10, 5, 50, 100, 60, 60, 10));
        for (int i = 0; i < 4; i++) {
            breaker.record(0.5, true, 0.01);
        }
        breaker.record(10.5, true, 0.01);
        assertThat(breaker.state()).as("the four failures of second 0 left the window").isEqualTo(BreakerState.CLOSED);
        for (int i = 0; i < 4; i++) {
            breaker.record(11, true, 0.01);
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void slowSuccessesOpenItAtTheSlowCallRate() {
        CircuitBreaker breaker = new CircuitBreaker(new BreakerSettings(false, 4, 4, 50, 50, 1, 60, 10));
        breaker.record(0, false, 0.5);
        breaker.record(1, false, 0.5);
        breaker.record(2, false, 1.5);
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        breaker.record(3, false, 2);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void defaultsAreResilience4js() {
        assertThat(BreakerSettings.DEFAULTS).isEqualTo(new BreakerSettings(false, 100, 100, 50, 100, 60, 60, 10));
    }

    /** Resilience4j: a call is slow only when strictly longer than slowCallDuration, compared in nanoseconds. */
    @Test
    void countsNoCallAsSlowThatTookExactlyTheSlowCallDuration() {
        CircuitBreaker breaker = new CircuitBreaker(new BreakerSettings(false, 10, 10, 50, 100, 0.05, 60, 10));
        double start = 1.0;
        for (int i = 0; i < 100; i++) {
            double end = start + 0.05;
            assertThat(breaker.tryAcquire(start)).isTrue();
            breaker.record(end, false, end - start);
            start = end + 0.013;
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        breaker.record(start, false, 0.050000001);
        for (int i = 0; i < 9; i++) {
            breaker.record(start, false, 0.051);
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
    }

    /** Resilience4j moves OPEN to HALF_OPEN only once the wait is over, strictly after it. */
    @Test
    void staysOpenAtTheExactEndOfTheWait() {
        CircuitBreaker breaker = new CircuitBreaker(count(10, 10, 50, 0.3, 2));
        for (int i = 0; i < 10; i++) {
            breaker.record(0.1, true, 0.001);
        }
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.tryAcquire(0.1 + 0.3)).isFalse();
        assertThat(breaker.tryAcquire(0.400000001)).isTrue();
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
    }

    private static BreakerSettings automatic(double wait) {
        return new BreakerSettings(false, 2, 2, 50, 100, 60, wait, 1, true);
    }

    /** Opens {@code breaker} at {@code at} on {@code sim} with two failures. */
    private static void openAt(Simulation sim, CircuitBreaker breaker, double at) {
        sim.at(at, () -> {
            breaker.record(at, true, 0.001);
            breaker.record(at, true, 0.001);
        });
    }

    /**
     * Resilience4j's automaticTransitionFromOpenToHalfOpenEnabled: a timer moves OPEN to HALF_OPEN
     * when the wait is over, without waiting for a call.
     */
    @Test
    void automaticTransitionGoesHalfOpenAtTheEndOfTheWaitWithoutACall() {
        Simulation sim = new Simulation(1, 1000);
        CircuitBreaker breaker = new CircuitBreaker(automatic(30), sim);
        openAt(sim, breaker, 5);
        sim.runUntil(34.999);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        sim.runUntil(35);
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.transitions()).containsExactly(new BreakerTransition(5, BreakerState.OPEN),
                new BreakerTransition(35, BreakerState.HALF_OPEN));
        assertThat(breaker.tryAcquire(35)).as("the one trial call").isTrue();
        assertThat(breaker.tryAcquire(35)).isFalse();
    }

    /** Without the automatic transition (the default) a breaker nobody calls stays OPEN. */
    @Test
    void withoutTheAutomaticTransitionOnlyACallLeavesOpen() {
        Simulation sim = new Simulation(1, 1000);
        CircuitBreaker breaker = new CircuitBreaker(new BreakerSettings(false, 2, 2, 50, 100, 60, 30, 1), sim);
        openAt(sim, breaker, 5);
        sim.runUntil(500);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(breaker.tryAcquire(500)).isTrue();
        assertThat(breaker.transitions()).containsExactly(new BreakerTransition(5, BreakerState.OPEN),
                new BreakerTransition(500, BreakerState.HALF_OPEN));
    }

    /** A trial call that fails reopens the breaker, and its timer counts the full wait from then. */
    @Test
    void aReopenedBreakerWaitsTheFullWaitAgain() {
        Simulation sim = new Simulation(1, 1000);
        CircuitBreaker breaker = new CircuitBreaker(automatic(30), sim);
        openAt(sim, breaker, 0);
        sim.runUntil(29.5);
        assertThat(breaker.tryAcquire(29.5)).isFalse();
        sim.runUntil(30);
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        sim.at(31, () -> breaker.record(31, true, 0.001));
        sim.runUntil(60.5);
        assertThat(breaker.state()).as("reopened at 31 for 30 s").isEqualTo(BreakerState.OPEN);
        sim.runUntil(61);
        assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(breaker.transitions()).extracting(BreakerTransition::atSeconds).containsExactly(0.0, 30.0, 31.0, 61.0);
    }

    @Test
    void anAutomaticTransitionNeedsASimulationForItsTimer() {
        assertThatThrownBy(() -> new CircuitBreaker(automatic(30))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timer");
    }
}
