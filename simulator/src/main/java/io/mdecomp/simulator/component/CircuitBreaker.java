package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * A circuit breaker with Resilience4j's semantics.
 * <ul>
 * <li>CLOSED: every call is permitted and its outcome recorded in a sliding window (the last N
 * calls, or the calls of the last N one-second buckets). Once the window holds at least
 * {@code min(minimumCalls, N)} calls (count-based) or {@code minimumCalls} (time-based), the
 * breaker opens when failures / calls × 100 ≥ failureRateThreshold or slow / calls × 100 ≥
 * slowCallRateThreshold (a call is slow when it took strictly longer than slowCallSeconds, both
 * in whole nanoseconds as Resilience4j compares them, so a 50 ms call is not slow at 50 ms).</li>
 * <li>OPEN: calls are refused; the first call strictly after openedAt + waitInOpen (in whole
 * nanoseconds; Resilience4j asks whether now is after the end of the wait) moves it to
 * HALF_OPEN. With {@code automaticTransitionFromOpenToHalfOpenEnabled} a timer set when the
 * breaker opens also moves it to HALF_OPEN at exactly openedAt + waitInOpen, with or without a
 * call (Resilience4j schedules {@code toHalfOpenState} after the wait); without it (the default)
 * only a call does.</li>
 * <li>HALF_OPEN: exactly {@code halfOpenCalls} calls are permitted; once all are recorded the
 * same rates over them decide OPEN (≥ threshold) or CLOSED. Further calls are refused.</li>
 * </ul>
 * Outcomes recorded while OPEN are ignored. Transitions are kept (at most {@value #MAX_TRANSITIONS},
 * the rest counted).
 */
public final class CircuitBreaker {

    /** The most transitions kept for the report. */
    public static final int MAX_TRANSITIONS = 10_000;

    private final BreakerSettings settings;
    private final Simulation sim;
    private final List<BreakerTransition> transitions = new ArrayList<>();
    private long droppedTransitions;
    private BreakerState state = BreakerState.CLOSED;
    private double openedAt;
    /** How often it has opened: a timer set for one OPEN period does nothing in a later one. */
    private long openings;
    private int halfOpenPermits;
    private Window window;

    /** A breaker without the automatic transition; its times come with each call. */
    public CircuitBreaker(BreakerSettings settings) {
        this(settings, null);
    }

    /**
     * A breaker whose automatic transition, when its settings switch it on, is a timer on
     * {@code sim} (which may be null without it).
     */
    public CircuitBreaker(BreakerSettings settings, Simulation sim) {
        if (settings.automaticTransition() && sim == null) {
            throw new IllegalArgumentException("an automatic transition to HALF_OPEN needs a simulation for its timer");
        }
        this.settings = settings;
        this.sim = sim;
        this.window = closedWindow();
    }

    public BreakerState state() {
        return state;
    }

    /**
     * Asks to make a call at {@code now}. True when permitted; a refused call must not be recorded.
     */
    public boolean tryAcquire(double now) {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (nanos(now) > nanos(openedAt) + nanos(settings.waitInOpenSeconds())) {
                    transition(now, BreakerState.HALF_OPEN);
                    return takeHalfOpenPermit();
                }
                return false;
            default:
                return takeHalfOpenPermit();
        }
    }

    private boolean takeHalfOpenPermit() {
        if (halfOpenPermits > 0) {
            halfOpenPermits--;
            return true;
        }
        return false;
    }

    /**
     * Seconds as whole nanoseconds: durations measured as differences of simulated times carry
     * rounding errors far below a nanosecond ({@code 1.05 - 1.0} is {@code 0.05000000000000004}),
     * which must not make a call slow or end a wait early or late.
     */
    static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }

    /** Records a permitted call's outcome at {@code now}, taking {@code seconds}. */
    public void record(double now, boolean failed, double seconds) {
        if (state == BreakerState.OPEN) {
            return;
        }
        boolean slow = nanos(seconds) > nanos(settings.slowCallSeconds());
        window.record(now, failed, slow);
        int calls = window.calls(now);
        if (calls < window.minimum) {
            return;
        }
        double failureRate = window.failed * 100.0 / calls;
        double slowRate = window.slow * 100.0 / calls;
        boolean above = failureRate >= settings.failureRateThreshold()
                || slowRate >= settings.slowCallRateThreshold();
        if (above) {
            transition(now, BreakerState.OPEN);
        } else if (state == BreakerState.HALF_OPEN) {
            transition(now, BreakerState.CLOSED);
        }
    }

    private void transition(double now, BreakerState to) {
        state = to;
        if (to == BreakerState.OPEN) {
            openedAt = now;
            openings++;
            if (settings.automaticTransition()) {
                long opening = openings;
                sim.at(now + settings.waitInOpenSeconds(), () -> waitOver(opening));
            }
        } else if (to == BreakerState.HALF_OPEN) {
            halfOpenPermits = settings.halfOpenCalls();
            window = new Window(false, settings.halfOpenCalls(), settings.halfOpenCalls());
        } else {
            window = closedWindow();
        }
        if (transitions.size() < MAX_TRANSITIONS) {
            transitions.add(new BreakerTransition(now, to));
        } else {
            droppedTransitions++;
        }
    }

    /**
     * The timer of the automatic transition, set when the breaker opened for the {@code opening}th
     * time. A call may have left that OPEN period first (strictly after the wait, which rounding
     * can put at the timer's own instant) and a trial that took no time may have reopened it:
     * then the timer belongs to an earlier period and does nothing.
     */
    private void waitOver(long opening) {
        if (state == BreakerState.OPEN && openings == opening) {
            transition(sim.now(), BreakerState.HALF_OPEN);
        }
    }

    private Window closedWindow() {
        int minimum = settings.timeBased() ? settings.minimumCalls()
                : Math.min(settings.minimumCalls(), settings.window());
        return new Window(settings.timeBased(), settings.window(), minimum);
    }

    public List<BreakerTransition> transitions() {
        return List.copyOf(transitions);
    }

    public long droppedTransitions() {
        return droppedTransitions;
    }

    /** A count- or time-based sliding window of outcomes with running totals. */
    private static final class Window {
        private final boolean timeBased;
        private final int size;
        private final int minimum;
        // count-based: outcome per slot (bit 0 failed, bit 1 slow); time-based: per-second buckets
        private final byte[] outcomes;
        private final int[] bucketCalls;
        private final int[] bucketFailed;
        private final int[] bucketSlow;
        private long lastSecond = Long.MIN_VALUE;
        private int next;
        private int filled;
        int failed;
        int slow;
        private int total;

        Window(boolean timeBased, int size, int minimum) {
            this.timeBased = timeBased;
            this.size = size;
            this.minimum = minimum;
            this.outcomes = timeBased ? null : new byte[size];
            this.bucketCalls = timeBased ? new int[size] : null;
            this.bucketFailed = timeBased ? new int[size] : null;
            this.bucketSlow = timeBased ? new int[size] : null;
        }

        void record(double now, boolean isFailed, boolean isSlow) {
            if (timeBased) {
                advance(now);
                int slot = (int) Math.floorMod((long) Math.floor(now), (long) size);
                bucketCalls[slot]++;
                total++;
                if (isFailed) {
                    bucketFailed[slot]++;
                    failed++;
                }
                if (isSlow) {
                    bucketSlow[slot]++;
                    slow++;
                }
                return;
            }
            if (filled == size) {
                byte old = outcomes[next];
                failed -= old & 1;
                slow -= (old >> 1) & 1;
            } else {
                filled++;
            }
            byte outcome = (byte) ((isFailed ? 1 : 0) | (isSlow ? 2 : 0));
            outcomes[next] = outcome;
            failed += outcome & 1;
            slow += (outcome >> 1) & 1;
            next = (next + 1) % size;
        }

        int calls(double now) {
            if (timeBased) {
                advance(now);
                return total;
            }
            return filled;
        }

        /** Drops the buckets that left the window by {@code now}. */
        private void advance(double now) {
            long second = (long) Math.floor(now);
            if (lastSecond == Long.MIN_VALUE) {
                lastSecond = second;
                return;
            }
            long from = Math.max(lastSecond + 1, second - size + 1);
            for (long s = from; s <= second; s++) {
                int slot = (int) Math.floorMod(s, (long) size);
                total -= bucketCalls[slot];
                failed -= bucketFailed[slot];
                slow -= bucketSlow[slot];
                bucketCalls[slot] = 0;
                bucketFailed[slot] = 0;
                bucketSlow[slot] = 0;
            }
            if (second > lastSecond) {
                lastSecond = second;
            }
        }
    }
}
