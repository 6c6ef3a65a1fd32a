package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Event;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.trace.TraceSpan;
import java.util.SplittableRandom;

/**
 * All calls from one caller (a service, or the gateway) to one callee service, wrapped in the
 * caller's resilience patterns in Resilience4j's order Retry(CircuitBreaker(TimeLimiter(
 * Bulkhead(call)))). Each attempt: the breaker must permit it (else {@code circuit-open}, not
 * recorded), the bulkhead must have a permit (else the attempt waits for one first come first
 * served for up to {@code maxWaitDuration}, and is {@code rejected} when none came; without a
 * wait it is rejected at once), discovery and the balancer pick an instance (else
 * {@code no-instance}), a partition fails it ({@code partitioned}); the request then crosses the
 * network, and a dead instance answers {@code connection-refused}. The time limiter, which wraps
 * the bulkhead, counts from the start of the attempt, so time waiting for a permit counts against
 * it; it fails the attempt with {@code timeout} while the callee keeps working (its late answer is
 * dropped). Every permitted attempt's outcome and duration is recorded by the breaker. A failed
 * attempt is retried after the backoff while attempts, {@code retryOn} and the budget (Finagle's
 * {@link RetryBudget}: every call deposits, every retry withdraws) allow; the call's outcome is
 * the last attempt's.
 */
public final class CallPath implements Recorder {

    private final Simulation sim;
    private final CallKey key;
    private final int callerIndex;
    private final ServiceStation callee;
    private final DiscoveryClient discovery;
    private final LoadBalancer balancer;
    private final Network network;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final double bulkheadWait;
    private final RetrySettings retry;
    private final RetryBudget budget;
    private final double timeout;
    private final SplittableRandom jitter;
    private final SplittableRandom delays;
    private final ErrorCounts errors = new ErrorCounts();
    private final ErrorCounts refusals = new ErrorCounts();
    private long calls;
    private long attempts;
    private long retries;
    private final java.util.ArrayDeque<Exchange> deadlines = new java.util.ArrayDeque<>();
    /** The time limiter's timer, made once (it is scheduled again and again). */
    private final Event expiry = this::expire;
    private boolean timerPending;

    /**
     * @param key         the caller and callee
     * @param callerIndex the caller's service index, −1 for the gateway
     * @param callee      the callee's station
     */
    public CallPath(Simulation sim, CallKey key, int callerIndex, ServiceStation callee, DiscoveryClient discovery,
                    LoadBalancer balancer, Network network, Resilience resilience) {
        this.sim = sim;
        this.key = key;
        this.callerIndex = callerIndex;
        this.callee = callee;
        this.discovery = discovery;
        this.balancer = balancer;
        this.network = network;
        this.breaker = resilience.breaker().map(settings -> new CircuitBreaker(settings, sim)).orElse(null);
        this.bulkhead = resilience.bulkhead().map(settings -> new Bulkhead(settings.maxConcurrent())).orElse(null);
        this.bulkheadWait = resilience.bulkhead().map(BulkheadSettings::maxWaitSeconds).orElse(0.0);
        this.retry = resilience.retry().orElse(null);
        this.budget = retry == null ? null
                : retry.budget().map(settings -> new RetryBudget(settings, sim.now())).orElse(null);
        this.timeout = resilience.timeoutSeconds().orElse(Double.NaN);
        this.jitter = sim.streams().stream("retry " + key);
        this.delays = sim.streams().stream("network " + key);
    }

    public CallKey key() {
        return key;
    }

    public ServiceStation callee() {
        return callee;
    }

    /** The breaker, or null when none is configured. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    public LoadBalancer balancer() {
        return balancer;
    }

    /** Calls {@code target} on behalf of {@code client}; {@code reply} hears the final outcome. */
    public void call(EndpointPlan target, int client, Reply reply) {
        call(target, client, null, reply);
    }

    /** A call made while serving the request whose span is {@code parent} (null: not traced). */
    public void call(EndpointPlan target, int client, TraceSpan parent, Reply reply) {
        calls++;
        if (budget != null) {
            budget.deposit(sim.now());
        }
        attempt(new Invocation(target, client, parent, reply));
    }

    private void attempt(Invocation inv) {
        inv.attempt++;
        attempts++;
        TraceSpan span = sim.tracer().client(inv.parent, key.caller(), callee.name(), inv.target.route(), inv.attempt,
                sim.now());
        if (breaker != null && !breaker.tryAcquire(sim.now())) {
            refused(inv, span, ErrorCause.CIRCUIT_OPEN);
            return;
        }
        if (bulkhead != null && !bulkhead.tryAcquire()) {
            if (bulkheadWait > 0) {
                awaitPermit(inv, span);
                return;
            }
            recordBreaker(false, 0);
            refused(inv, span, ErrorCause.REJECTED);
            return;
        }
        send(inv, span, null);
    }

    /**
     * Queues an attempt for a bulkhead permit: its time limiter starts now, and it is refused
     * ({@code rejected}) when no permit came within the bulkhead's wait.
     */
    private void awaitPermit(Invocation inv, TraceSpan span) {
        Exchange exchange = new Exchange(inv, sim.now(), span);
        exchange.waiting = true;
        armTimeLimiter(exchange);
        bulkhead.await(exchange::admit);
        sim.schedule(bulkheadWait, exchange::waitOver);
    }

    /**
     * Picks an instance and sends the attempt: a fresh one holding a bulkhead permit if there is a
     * bulkhead, or {@code waited}, which waited for its permit and has its time limiter running.
     */
    private void send(Invocation inv, TraceSpan span, Exchange waited) {
        Instance instance = balancer.choose(discovery.instances(callee.index()), inv.client);
        if (instance == null) {
            releaseBulkhead();
            if (waited != null) {
                waited.over = true;
                waited.holdsPermit = false;
            }
            recordBreaker(false, waited == null ? 0 : sim.now() - waited.started);
            refused(inv, span, ErrorCause.NO_INSTANCE);
            return;
        }
        Exchange exchange = waited != null ? waited : new Exchange(inv, sim.now(), span);
        exchange.instance = instance;
        exchange.holdsPermit = bulkhead != null;
        exchange.partitioned = network.partitioned(callerIndex, callee.index());
        balancer.started(instance);
        if (waited == null) {
            armTimeLimiter(exchange);
        }
        if (exchange.partitioned) {
            // Nothing crosses a partition: the attempt ends when the caller gives up, at the client's
            // connect timeout or its time limiter's deadline (set above), whichever comes first.
            double connect = network.connectTimeout(callerIndex, callee.index());
            double limiterLeft = waited == null ? timeout : exchange.deadline - sim.now();
            if (Double.isNaN(timeout) || connect < limiterLeft) {
                sim.schedule(connect, exchange::timedOut);
            }
            return;
        }
        double there = network.delay(delays);
        if (there > 0 || !sim.enterInline()) {
            sim.schedule(there, exchange);
        } else {
            exchange.deliver();
            sim.leaveInline();
        }
    }

    /** Sets the time limiter of {@code exchange} to fire {@code timeout} after now, if there is one. */
    private void armTimeLimiter(Exchange exchange) {
        if (Double.isNaN(timeout)) {
            return;
        }
        exchange.deadline = sim.now() + timeout;
        deadlines.addLast(exchange);
        if (!timerPending) {
            timerPending = true;
            sim.at(exchange.deadline, expiry);
        }
    }

    /**
     * Fires the time limiter of every attempt whose deadline has come. All attempts on a path
     * have the same timeout, so deadlines come in the order the attempts started: one pending
     * timer per path instead of one event per attempt.
     */
    private void expire() {
        timerPending = false;
        double now = sim.now();
        while (!deadlines.isEmpty()) {
            Exchange head = deadlines.peekFirst();
            if (head.over) {
                deadlines.pollFirst();
            } else if (head.deadline <= now) {
                deadlines.pollFirst();
                head.timedOut();
            } else {
                timerPending = true;
                sim.at(head.deadline, expiry);
                return;
            }
        }
    }

    private void recordBreaker(boolean ok, double seconds) {
        if (breaker != null) {
            breaker.record(sim.now(), !ok, seconds);
        }
    }

    private void releaseBulkhead() {
        if (bulkhead != null) {
            bulkhead.release();
        }
    }

    /** An attempt refused before it left the caller: its span (if traced) ends at once, failed. */
    private void refused(Invocation inv, TraceSpan span, ErrorCause cause) {
        refusals.add(cause);
        if (span != null) {
            sim.tracer().event(span, cause.label(), sim.now(), cause.label());
            sim.tracer().end(span, sim.now(), cause.label());
        }
        failed(inv, cause);
    }

    private void failed(Invocation inv, ErrorCause cause) {
        errors.add(cause);
        if (retry != null && inv.attempt < retry.maxAttempts() && retry.retryOn().contains(cause)
                && (budget == null || budget.tryWithdraw(sim.now()))) {
            retries++;
            double base = retry.baseWait(inv.attempt);
            double wait = retry.jitter() > 0 ? base * (1 - retry.jitter() + 2 * retry.jitter() * jitter.nextDouble())
                    : base;
            sim.schedule(wait, () -> attempt(inv));
            return;
        }
        inv.reply.done(cause);
    }

    public long calls() {
        return calls;
    }

    public long attempts() {
        return attempts;
    }

    public long retries() {
        return retries;
    }

    /** Failed attempts by cause. */
    public ErrorCounts errors() {
        return errors;
    }

    /**
     * The failed attempts this path failed itself, by cause: refused by its breaker or bulkhead,
     * no instance, timed out, partitioned, or sent to a dead instance. The other failed attempts
     * are those the callee answered with a failure (its own, or one propagated from further down).
     */
    public ErrorCounts ownErrors() {
        return refusals;
    }

    /** The failed attempts the callee answered with a failure, by cause: {@link #errors()} less {@link #ownErrors()}. */
    public ErrorCounts downstreamErrors() {
        return errors.minus(refusals);
    }

    /** Clears the counters (end of warm-up); breaker state and transitions stay. */
    @Override
    public void startRecording() {
        calls = 0;
        attempts = 0;
        retries = 0;
        errors.clear();
        refusals.clear();
    }

    private static final class Invocation {
        final EndpointPlan target;
        final int client;
        final TraceSpan parent;
        final Reply reply;
        int attempt;

        Invocation(EndpointPlan target, int client, TraceSpan parent, Reply reply) {
            this.target = target;
            this.client = client;
            this.parent = parent;
            this.reply = reply;
        }
    }

    /**
     * One attempt from the time limiter's start: waiting for a bulkhead permit (no permit, no
     * instance), then on the wire (an instance chosen); the first of answer, timeout and the end
     * of the bulkhead wait wins. As an event, it is the attempt reaching the callee. Events and
     * replies made per attempt are classes rather than lambdas: allocating a capturing lambda goes
     * through a method handle until the caller is compiled, which costs most in short runs.
     */
    private final class Exchange implements Reply, Event {
        final Invocation inv;
        final double started;
        final TraceSpan span;
        Instance instance;
        double deadline;
        boolean over;
        /** Queued for a bulkhead permit. */
        boolean waiting;
        boolean holdsPermit;
        /** Sent into a partition: never answered, fails as {@code partitioned} when given up on. */
        boolean partitioned;

        Exchange(Invocation inv, double started, TraceSpan span) {
            this.inv = inv;
            this.started = started;
            this.span = span;
        }

        /** The bulkhead offers a permit: taken while still waiting; the attempt goes on in an event of its own. */
        boolean admit() {
            if (over || !waiting) {
                return false;
            }
            waiting = false;
            holdsPermit = true;
            sim.schedule(0, this::admitted);
            return true;
        }

        private void admitted() {
            if (over) {
                return;
            }
            send(inv, span, this);
        }

        /** The bulkhead's wait is over without a permit: refused, and recorded by the breaker as failed. */
        void waitOver() {
            if (over || !waiting) {
                return;
            }
            over = true;
            waiting = false;
            refusals.add(ErrorCause.REJECTED);
            recordBreaker(false, sim.now() - started);
            if (span != null) {
                sim.tracer().event(span, ErrorCause.REJECTED.label(), sim.now(), ErrorCause.REJECTED.label());
                sim.tracer().end(span, sim.now(), ErrorCause.REJECTED.label());
            }
            failed(inv, ErrorCause.REJECTED);
        }

        /** The attempt reaches the callee. */
        @Override
        public void fire() {
            deliver();
        }

        void deliver() {
            if (!instance.alive()) {
                back(ErrorCause.CONNECTION_REFUSED, true);
                return;
            }
            instance.submit(inv.target, inv.client, span, false, this);
        }

        @Override
        public void done(ErrorCause cause) {
            back(cause, false);
        }

        private void back(ErrorCause cause, boolean own) {
            double delay = network.delay(delays);
            if (delay > 0 || !sim.enterInline()) {
                sim.schedule(delay, new Answer(this, cause, own));
            } else {
                answered(cause, own);
                sim.leaveInline();
            }
        }

        void answered(ErrorCause cause, boolean own) {
            if (over) {
                return;
            }
            over = true;
            if (own) {
                refusals.add(cause);
            }
            finish(cause);
        }

        void timedOut() {
            if (over) {
                return;
            }
            over = true;
            waiting = false;
            ErrorCause cause = partitioned ? ErrorCause.PARTITIONED : ErrorCause.TIMEOUT;
            refusals.add(cause);
            sim.tracer().event(span, cause.label(), sim.now(), cause.label());
            finish(cause);
        }

        private void finish(ErrorCause cause) {
            sim.tracer().end(span, sim.now(), cause == null ? null : cause.label());
            if (holdsPermit) {
                holdsPermit = false;
                releaseBulkhead();
            }
            if (instance != null) {
                balancer.ended(instance, cause);
            }
            recordBreaker(cause == null, sim.now() - started);
            if (cause == null) {
                inv.reply.done(null);
            } else {
                failed(inv, cause);
            }
        }
    }

    /** The answer to an attempt reaching its caller, after the network's delay. */
    private record Answer(Exchange exchange, ErrorCause cause, boolean own) implements Event {
        @Override
        public void fire() {
            exchange.answered(cause, own);
        }
    }
}
