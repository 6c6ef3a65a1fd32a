package io.mdecomp.simulator.component;

import static org.assertj.core.api.Assertions.assertThat;

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
}
