package io.mdecomp.simulator.engine;

import io.mdecomp.simulator.trace.Tracer;
import java.util.Locale;

/**
 * One run's clock and event queue. The loop takes the earliest event (ties broken by the order
 * of scheduling), advances the clock to its time and fires it, until the end time or an empty
 * queue. Time is in seconds. Not thread-safe; nothing in a simulation is.
 */
public final class Simulation {

    /**
     * The most continuations that run inline, one inside another, before the next is deferred to
     * the queue: deep enough that no ordinary request reaches it, shallow enough for any thread's
     * stack. See {@link #enterInline()}.
     */
    public static final int MAX_INLINE_DEPTH = 256;

    /**
     * The most events and inline continuations one simulated instant may take. Work that takes no
     * time (zero service times, no network latency) going round a loop of calls or events never
     * lets the clock move on; past this the run stops with {@link SimulationLimitException}
     * instead of spinning until memory or patience run out. Ordinary instants take a handful; a
     * few per request take more: a closed workload's million users all starting at once, a kill
     * failing every queued request of its instances.
     */
    public static final long MAX_WORK_AT_ONE_INSTANT = 100_000_000;

    private final EventQueue queue = new EventQueue();
    private final RandomStreams streams;
    private final long maxEvents;
    private final long maxWorkAtOneInstant;
    private double now;
    private long fired;
    private Tracer tracer = Tracer.off();
    private int inlineDepth;
    /** Events fired and continuations run inline since the clock last moved. */
    private long workAtThisInstant;

    /**
     * @param seed      the seed every random stream is derived from
     * @param maxEvents the most events a run may fire before it stops with
     *                  {@link SimulationLimitException}
     */
    public Simulation(long seed, long maxEvents) {
        this(seed, maxEvents, MAX_WORK_AT_ONE_INSTANT);
    }

    /** With a limit of its own on the work one instant may take, for tests. */
    Simulation(long seed, long maxEvents, long maxWorkAtOneInstant) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be >= 1, got " + maxEvents);
        }
        this.streams = new RandomStreams(seed);
        this.maxEvents = maxEvents;
        this.maxWorkAtOneInstant = maxWorkAtOneInstant;
    }

    /** The current simulated time, in seconds. */
    public double now() {
        return now;
    }

    /** The number of events fired so far. */
    public long events() {
        return fired;
    }

    /** The number of events waiting. */
    public int pending() {
        return queue.size();
    }

    public RandomStreams streams() {
        return streams;
    }

    /** Where components record sampled requests as spans; records nothing unless set. */
    public Tracer tracer() {
        return tracer;
    }

    /** Records sampled requests with {@code newTracer} from now on. */
    public void traceWith(Tracer newTracer) {
        this.tracer = java.util.Objects.requireNonNull(newTracer, "tracer");
    }

    /**
     * Asks to run a continuation that takes no simulated time (a zero-latency hop, a zero service
     * time) inline, on the caller's stack, instead of as an event of its own. True: run it, then
     * call {@link #leaveInline()}. False: {@link #MAX_INLINE_DEPTH} continuations already run one
     * inside another (a request going round a loop of calls that take no time, or answers coming
     * back up a deep chain of them), so schedule it with a delay of 0 instead; it then runs at
     * the same instant, after the events already due then. Without this a deep enough chain
     * overflows the stack; below the depth nothing changes.
     */
    public boolean enterInline() {
        countWorkAtThisInstant();
        if (inlineDepth >= MAX_INLINE_DEPTH) {
            return false;
        }
        inlineDepth++;
        return true;
    }

    private void countWorkAtThisInstant() {
        if (++workAtThisInstant > maxWorkAtOneInstant) {
            throw new SimulationLimitException(String.format(Locale.ROOT,
                    "the simulation did more than %,d events and hand-offs at simulated time %.6fs without its clock"
                            + " moving on: requests or messages go round a loop of calls or events that takes no time"
                            + " (zero service times and no network latency), so the run could never reach its end;"
                            + " give an endpoint on the loop a service time above zero",
                    maxWorkAtOneInstant, now));
        }
    }

    /** Ends a continuation that {@link #enterInline()} let run inline. */
    public void leaveInline() {
        inlineDepth--;
    }

    /** Schedules {@code event} {@code delay} seconds from now ({@code delay >= 0}). */
    public void schedule(double delay, Event event) {
        if (!(delay >= 0)) {
            throw new IllegalArgumentException("delay must be >= 0, got " + delay);
        }
        queue.add(now + delay, event);
    }

    /** Schedules {@code event} at absolute time {@code time}, not before now. */
    public void at(double time, Event event) {
        queue.add(Math.max(time, now), event);
    }

    /**
     * Fires events in order until the next one lies after {@code endTime} (the clock then stands
     * at {@code endTime}) or none is left.
     *
     * @throws SimulationLimitException when the event limit is reached first
     */
    public void runUntil(double endTime) {
        while (!queue.isEmpty() && queue.peekTime() <= endTime) {
            if (fired >= maxEvents) {
                throw new SimulationLimitException(String.format(Locale.ROOT,
                        "the simulation stopped after %d event%s at simulated time %.3fs of %.3fs;"
                                + " raise 'maxEvents' in the scenario or shorten its 'duration'",
                        fired, fired == 1 ? "" : "s", now, endTime));
            }
            double time = queue.peekTime();
            if (time > now) {
                now = time;
                workAtThisInstant = 0;
            }
            countWorkAtThisInstant();
            Event event = queue.poll();
            fired++;
            event.fire();
        }
        if (endTime > now) {
            now = endTime;
        }
    }
}
