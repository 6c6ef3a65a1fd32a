package io.mdecomp.simulator.component;

import static io.mdecomp.simulator.TestModels.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.distribution.Constant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Resilience4j's semaphore bulkhead with {@code maxWaitDuration}: a call that finds every permit
 * taken waits for one, first come first served, and is refused when the wait is over. B takes a
 * constant 100 ms and has room for every call; A's bulkhead allows one call at a time.
 */
class BulkheadWaitTest {

    private static OnePath path(double maxWait, OptionalDouble timeout) {
        Resilience resilience = new Resilience(timeout, Optional.empty(), Optional.empty(),
                Optional.of(new BulkheadSettings(1, maxWait)));
        return new OnePath(new Deployment(1, 100, 100), new Constant(ms(100)), resilience);
    }

    @Test
    void waitingCallsTakeFreedPermitsInArrivalOrderUntilTheirWaitIsOver() {
        OnePath p = path(0.25, OptionalDouble.empty());
        p.callAt(0);
        p.callAt(0.01);
        p.callAt(0.02);
        p.callAt(0.03);
        p.sim.runUntil(10);
        assertThat(p.outcome(0).cause()).isNull();
        assertThat(p.outcome(0).at()).isCloseTo(0.1, within(1e-9));
        assertThat(p.outcome(1).cause()).isNull();
        assertThat(p.outcome(1).at()).as("waited 90 ms for call 0's permit").isCloseTo(0.2, within(1e-9));
        assertThat(p.outcome(2).cause()).isNull();
        assertThat(p.outcome(2).at()).as("before call 3, which came later").isCloseTo(0.3, within(1e-9));
        assertThat(p.outcome(3).cause()).isEqualTo(ErrorCause.REJECTED);
        assertThat(p.outcome(3).at()).as("refused when its 250 ms wait was over").isCloseTo(0.28, within(1e-9));
        assertThat(p.path.ownErrors().get(ErrorCause.REJECTED)).isEqualTo(1);
    }

    @Test
    void withoutAWaitACallFindingNoPermitIsRefusedAtOnce() {
        OnePath p = path(0, OptionalDouble.empty());
        p.callAt(0);
        p.callAt(0.01);
        p.sim.runUntil(10);
        assertThat(p.outcome(1).cause()).isEqualTo(ErrorCause.REJECTED);
        assertThat(p.outcome(1).at()).isEqualTo(0.01);
    }

    /** TimeLimiter(Bulkhead(call)): the time limiter runs while the call waits for a permit. */
    @Test
    void timeWaitingForAPermitCountsAgainstTheTimeLimiter() {
        OnePath p = path(1, OptionalDouble.of(0.15));
        p.callAt(0);
        p.callAt(0.01);
        p.sim.runUntil(10);
        assertThat(p.outcome(0).cause()).isNull();
        assertThat(p.outcome(1).cause()).as("90 ms waiting + 100 ms in B > 150 ms").isEqualTo(ErrorCause.TIMEOUT);
        assertThat(p.outcome(1).at()).isCloseTo(0.16, within(1e-9));
        assertThat(p.callee.calls()).isEqualTo(2);
        assertThat(p.path.ownErrors().get(ErrorCause.TIMEOUT)).isEqualTo(1);
    }

    @Test
    void aWaitThatOutlastsTheQueueAheadNeverRefuses() {
        OnePath p = path(10, OptionalDouble.empty());
        for (int i = 0; i < 20; i++) {
            p.callAt(i * 0.001);
        }
        p.sim.runUntil(10);
        assertThat(p.outcomes).hasSize(20).allSatisfy(o -> assertThat(o.cause()).isNull());
        assertThat(p.outcome(19).at()).as("one at a time, 100 ms each").isCloseTo(2.0, within(1e-9));
    }
}
