package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.trace.TraceSpan;
import java.util.SplittableRandom;

/**
 * All calls from one caller (a service, or the gateway) to one callee service, wrapped in the
 * caller's resilience patterns in Resilience4j's order Retry(CircuitBreaker(TimeLimiter(
 * Bulkhead(call)))). Each attempt: the breaker must permit it (else {@code circuit-open}, not
 * recorded), the bulkhead must have a permit (else {@code rejected}), discovery and the balancer
 * pick an instance (else {@code no-instance}), a partition fails it ({@code partitioned}); the
 * request then crosses the network, and a dead instance answers {@code connection-refused}. The
 * time limiter fails the attempt with {@code timeout} while the callee keeps working (its late
 * answer is dropped). Every permitted attempt's outcome and duration is recorded by the breaker.
 * A failed attempt is retried after the backoff while attempts, {@code retryOn} and the budget
 * allow; the call's outcome is the last attempt's.
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
    private final RetrySettings retry;
    private final double timeout;
    private final SplittableRandom jitter;
    private final SplittableRandom delays;
    private final ErrorCounts errors = new ErrorCounts();
    private long calls;
    private long attempts;
    private long retries;
    private long budgetCalls;
    private long budgetRetries;
    private final java.util.ArrayDeque<Exchange> deadlines = new java.util.ArrayDeque<>();
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
        this.breaker = resilience.breaker().map(CircuitBreaker::new).orElse(null);
        this.bulkhead = resilience.bulkhead().isPresent() ? new Bulkhead(resilience.bulkhead().getAsInt()) : null;
        this.retry = resilience.retry().orElse(null);
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
        budgetCalls++;
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
            recordBreaker(false, 0);
            refused(inv, span, ErrorCause.REJECTED);
            return;
        }
        Instance instance = balancer.choose(discovery.instances(callee.index()), inv.client);
        if (instance == null) {
            releaseBulkhead();
            recordBreaker(false, 0);
            refused(inv, span, ErrorCause.NO_INSTANCE);
            return;
        }
        Exchange exchange = new Exchange(inv, instance, sim.now(), span);
        exchange.partitioned = network.partitioned(callerIndex, callee.index());
        balancer.started(instance);
        if (!Double.isNaN(timeout)) {
            exchange.deadline = sim.now() + timeout;
            deadlines.addLast(exchange);
            if (!timerPending) {
                timerPending = true;
                sim.at(exchange.deadline, this::expire);
            }
        }
        if (exchange.partitioned) {
            // Nothing crosses a partition: the attempt ends when the caller gives up, at the client's
            // connect timeout or its time limiter's deadline (set above), whichever comes first.
            double connect = network.connectTimeout(callerIndex, callee.index());
            if (Double.isNaN(timeout) || connect < timeout) {
                sim.schedule(connect, exchange::timedOut);
            }
            return;
        }
        double there = network.delay(delays);
        if (there > 0) {
            sim.schedule(there, exchange::deliver);
        } else {
            exchange.deliver();
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
                sim.at(head.deadline, this::expire);
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
        if (span != null) {
            sim.tracer().event(span, cause.label(), sim.now(), cause.label());
            sim.tracer().end(span, sim.now(), cause.label());
        }
        failed(inv, cause);
    }

    private void failed(Invocation inv, ErrorCause cause) {
        errors.add(cause);
        if (retry != null && inv.attempt < retry.maxAttempts() && retry.retryOn().contains(cause) && budgetAllows()) {
            retries++;
            budgetRetries++;
            double base = retry.baseWait(inv.attempt);
            double wait = retry.jitter() > 0 ? base * (1 - retry.jitter() + 2 * retry.jitter() * jitter.nextDouble())
                    : base;
            sim.schedule(wait, () -> attempt(inv));
            return;
        }
        inv.reply.done(cause);
    }

    private boolean budgetAllows() {
        if (retry.budget().isEmpty()) {
            return true;
        }
        return budgetRetries < retry.minRetries() + retry.budget().getAsDouble() * budgetCalls;
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

    /** Clears the counters (end of warm-up); breaker state and transitions stay. */
    @Override
    public void startRecording() {
        calls = 0;
        attempts = 0;
        retries = 0;
        errors.clear();
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

    /** One attempt on the wire: the first of answer and timeout wins. */
    private final class Exchange implements Reply {
        final Invocation inv;
        final Instance instance;
        final double started;
        final TraceSpan span;
        double deadline;
        boolean over;
        /** Sent into a partition: never answered, fails as {@code partitioned} when given up on. */
        boolean partitioned;

        Exchange(Invocation inv, Instance instance, double started, TraceSpan span) {
            this.inv = inv;
            this.instance = instance;
            this.started = started;
            this.span = span;
        }

        void deliver() {
            if (!instance.alive()) {
                back(ErrorCause.CONNECTION_REFUSED);
                return;
            }
            instance.submit(inv.target, inv.client, span, false, this);
        }

        @Override
        public void done(ErrorCause cause) {
            back(cause);
        }

        private void back(ErrorCause cause) {
            double delay = network.delay(delays);
            if (delay > 0) {
                sim.schedule(delay, () -> answered(cause));
            } else {
                answered(cause);
            }
        }

        private void answered(ErrorCause cause) {
            if (over) {
                return;
            }
            over = true;
            finish(cause);
        }

        void timedOut() {
            if (over) {
                return;
            }
            over = true;
            ErrorCause cause = partitioned ? ErrorCause.PARTITIONED : ErrorCause.TIMEOUT;
            sim.tracer().event(span, cause.label(), sim.now(), cause.label());
            finish(cause);
        }

        private void finish(ErrorCause cause) {
            sim.tracer().end(span, sim.now(), cause == null ? null : cause.label());
            releaseBulkhead();
            balancer.ended(instance, cause);
            recordBreaker(cause == null, sim.now() - started);
            if (cause == null) {
                inv.reply.done(null);
            } else {
                failed(inv, cause);
            }
        }
    }
}
