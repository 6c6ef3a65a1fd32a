package io.mdecomp.simulator.component;

import io.mdecomp.simulator.trace.TraceSpan;
import java.util.List;
import java.util.Objects;

/**
 * An orchestrated saga that serves one gateway route (SPEC §7 "Asynchrony"): its steps are calls
 * made in order, each through the normal path of a call from the gateway to the step's service
 * (discovery, balancer, resilience, the callee's workers and downstream calls). When step k fails
 * (after its retries), the compensations of steps k−1 … 1 run in that order, one after the other,
 * each a call as well; a step without a compensation is skipped. A failed compensation is counted
 * and the remaining ones still run (best effort). The request is answered when the saga is over:
 * with success when every step succeeded, else with the cause of the failed step.
 *
 * <p>Counters, for sagas started after the warm-up: started, completed, compensated (a step
 * failed and every compensation needed succeeded; a failed first step needs none),
 * compensation-failed (a step failed and at least one compensation failed), compensation calls
 * and failed compensation calls. started = completed + compensated + compensationFailed + in flight.
 */
public final class Saga implements Recorder {

    /**
     * One step: the endpoint called and its path, and the compensation endpoint and its path
     * (both null when the step has no compensation).
     */
    public record Step(EndpointPlan call, CallPath path, EndpointPlan compensation, CallPath compensationPath) {

        public Step {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(path, "path");
            if ((compensation == null) != (compensationPath == null)) {
                throw new IllegalArgumentException("a compensation needs both its endpoint and its path");
            }
        }
    }

    /** Hears every step and compensation call as it starts (for traces and tests). */
    @FunctionalInterface
    public interface Observer {

        /** Step {@code step} (0-based) starts, as a compensation when {@code compensation}. */
        void calling(int step, boolean compensation);
    }

    private final String route;
    private final Step[] steps;
    private Observer observer = (step, compensation) -> { };
    private int epoch;
    private long started;
    private long completed;
    private long compensated;
    private long compensationFailed;
    private long compensations;
    private long compensationFailures;
    private long inFlight;
    private final long[] failedAt;

    public Saga(String route, List<Step> steps) {
        this.route = Objects.requireNonNull(route, "route");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a saga needs at least one step");
        }
        this.steps = steps.toArray(new Step[0]);
        this.failedAt = new long[this.steps.length];
    }

    public String route() {
        return route;
    }

    /** Sets the observer of step and compensation calls. */
    public void observe(Observer newObserver) {
        this.observer = Objects.requireNonNull(newObserver, "observer");
    }

    /** Runs one saga for {@code client}; {@code reply} hears its outcome when it is over. */
    public void run(int client, Reply reply) {
        run(client, null, reply);
    }

    /** Runs one saga for a request whose root span is {@code span} (null: not traced). */
    public void run(int client, TraceSpan span, Reply reply) {
        started++;
        inFlight++;
        new Execution(client, span, reply, epoch).forward();
    }

    /**
     * Starts counting afresh at the current time (the end of the warm-up): sagas started before
     * are no longer counted, even when they end later.
     */
    @Override
    public void startRecording() {
        epoch++;
        started = 0;
        inFlight = 0;
        completed = 0;
        compensated = 0;
        compensationFailed = 0;
        compensations = 0;
        compensationFailures = 0;
        java.util.Arrays.fill(failedAt, 0);
    }

    public long started() {
        return started;
    }

    public long completed() {
        return completed;
    }

    public long compensated() {
        return compensated;
    }

    public long compensationFailed() {
        return compensationFailed;
    }

    /** Sagas counted as started and not over yet (counted apart from the outcomes). */
    public long inFlight() {
        return inFlight;
    }

    public long compensations() {
        return compensations;
    }

    public long compensationFailures() {
        return compensationFailures;
    }

    /** Sagas whose step {@code step} (0-based) failed. */
    public long failedAt(int step) {
        return failedAt[step];
    }

    public int stepCount() {
        return steps.length;
    }

    /** One saga in progress: the next step forward, or the next compensation backward. */
    private final class Execution {
        final int client;
        final TraceSpan span;
        final Reply reply;
        final int startedIn;
        int next;
        ErrorCause cause;
        boolean compensationFailedHere;

        Execution(int client, TraceSpan span, Reply reply, int startedIn) {
            this.client = client;
            this.span = span;
            this.reply = reply;
            this.startedIn = startedIn;
        }

        boolean counted() {
            return startedIn == epoch;
        }

        void forward() {
            Step step = steps[next];
            observer.calling(next, false);
            step.path().call(step.call(), client, span, this::stepDone);
        }

        void stepDone(ErrorCause outcome) {
            if (outcome == null) {
                next++;
                if (next < steps.length) {
                    forward();
                    return;
                }
                if (counted()) {
                    completed++;
                    inFlight--;
                }
                reply.done(null);
                return;
            }
            if (counted()) {
                failedAt[next]++;
            }
            cause = outcome;
            next--;
            backward();
        }

        void backward() {
            while (next >= 0 && steps[next].compensation() == null) {
                next--;
            }
            if (next < 0) {
                if (counted()) {
                    if (compensationFailedHere) {
                        compensationFailed++;
                    } else {
                        compensated++;
                    }
                    inFlight--;
                }
                reply.done(cause);
                return;
            }
            if (counted()) {
                compensations++;
            }
            Step step = steps[next];
            observer.calling(next, true);
            step.compensationPath().call(step.compensation(), client, span, this::compensationDone);
        }

        void compensationDone(ErrorCause outcome) {
            if (outcome != null) {
                compensationFailedHere = true;
                if (counted()) {
                    compensationFailures++;
                }
            }
            next--;
            backward();
        }
    }
}
