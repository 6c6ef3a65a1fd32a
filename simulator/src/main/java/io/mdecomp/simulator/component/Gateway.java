package io.mdecomp.simulator.component;

import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Sampler;
import io.mdecomp.simulator.engine.Event;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.stats.TimeWeighted;
import io.mdecomp.simulator.trace.TraceSpan;
import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The API gateway: for each request, authentication (its latency, then 401 for the configured
 * share), the route table (404 for an unknown route), the token buckets per route and per client
 * (429 when either is empty), the middleware latency, then the call to the route's endpoint
 * through the gateway's call path to that service (whose open breaker answers 503,
 * {@code circuit-open}), or the route's saga when it has one.
 *
 * <p>Without {@code workers} the gateway is a pure delay. With them it is a station run thread
 * per request, as Zuul 1 or Spring Cloud Gateway on servlets are: a request takes a worker on
 * arrival and holds it through authentication, middleware and the whole downstream call until
 * its answer; when every worker is busy it waits first-come first-served in a queue of
 * {@code queue} places, and when that is full too it fails at once, {@code rejected} (503).
 */
public final class Gateway implements Recorder {

    /**
     * A route the gateway knows: its name, endpoint and the path to its service, and the saga that
     * replaces the plain call to the endpoint (null: none).
     */
    public record Route(String name, EndpointPlan endpoint, CallPath path, Saga saga) {

        /** A route without a saga. */
        public Route(String name, EndpointPlan endpoint, CallPath path) {
            this(name, endpoint, path, null);
        }

        void dispatch(int client, TraceSpan span, Reply reply) {
            if (saga != null) {
                saga.run(client, span, reply);
            } else {
                path.call(endpoint, client, span, reply);
            }
        }
    }

    private final Simulation sim;
    private final GatewaySettings settings;
    private final List<Route> routes;
    private final SplittableRandom auth;
    private final SplittableRandom delays;
    /** The middleware latency; null: none. */
    private final Sampler latency;
    private final TokenBucket perRoute;
    private final TokenBucket perClient;
    private final int workers;
    private final int queueLimit;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private final TimeWeighted busy = new TimeWeighted();
    private final TimeWeighted queued = new TimeWeighted();
    private int inService;
    private boolean draining;
    private double recordFrom;
    private long admitted;
    private long rejected;

    public Gateway(Simulation sim, GatewaySettings settings, List<Route> routes, int clients) {
        this.sim = sim;
        this.settings = settings;
        this.routes = List.copyOf(routes);
        this.auth = sim.streams().stream("gateway auth");
        this.delays = sim.streams().stream("gateway latency");
        this.latency = settings.latency().map(Distribution::sampler).orElse(null);
        this.perRoute = settings.perRoute().isPresent() && !routes.isEmpty()
                ? new TokenBucket(settings.perRoute().getAsDouble(), settings.burst(settings.perRoute().getAsDouble()),
                routes.size()) : null;
        this.perClient = settings.perClient().isPresent()
                ? new TokenBucket(settings.perClient().getAsDouble(),
                settings.burst(settings.perClient().getAsDouble()), Math.max(1, clients)) : null;
        this.workers = settings.workers().orElse(0);
        this.queueLimit = settings.queue();
    }

    /** The index of {@code route} ({@code POST /orders}), or −1 when unknown. */
    public int routeIndex(String route) {
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).name().equals(route)) {
                return i;
            }
        }
        return -1;
    }

    public List<Route> routes() {
        return routes;
    }

    /** Handles a request for route {@code route} (−1: unknown) from {@code client}. */
    public void handle(int route, int client, Reply reply) {
        handle(route, client, null, reply);
    }

    /** Handles a request whose trace (null: not sampled) has the root {@code span}. */
    public void handle(int route, int client, TraceSpan span, Reply reply) {
        if (workers == 0) {
            admitted(route, client, span, reply);
            return;
        }
        boolean counted = sim.now() >= recordFrom;
        if (inService < workers) {
            if (counted) {
                admitted++;
            }
            inService++;
            busy.add(sim.now(), 1);
            admitted(route, client, span, release(reply));
        } else if (waiting.size() < queueLimit) {
            if (counted) {
                admitted++;
            }
            waiting.addLast(new Waiting(route, client, span, reply));
            queued.add(sim.now(), 1);
        } else {
            if (counted) {
                rejected++;
            }
            reply.done(ErrorCause.REJECTED);
        }
    }

    /** A reply that frees the worker, hands free workers to the longest-waiting requests, then answers. */
    private Reply release(Reply reply) {
        return new Release(this, reply);
    }

    private void released(Reply reply, ErrorCause cause) {
        inService--;
        busy.add(sim.now(), -1);
        drain();
        reply.done(cause);
    }

    /**
     * Admits waiting requests while workers are free. A request admitted here may be answered at
     * once (401, 404, 429) and free its worker again; that nested release only gives the worker
     * back and this loop admits the next one, so a long queue drains without deep recursion.
     */
    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        while (inService < workers && !waiting.isEmpty()) {
            Waiting next = waiting.pollFirst();
            queued.add(sim.now(), -1);
            inService++;
            busy.add(sim.now(), 1);
            admitted(next.route, next.client, next.span, release(next.reply));
        }
        draining = false;
    }

    private void admitted(int route, int client, TraceSpan span, Reply reply) {
        if (settings.authLatency() > 0) {
            sim.schedule(settings.authLatency(), new Authenticated(this, route, client, span, reply));
        } else {
            afterAuth(route, client, span, reply);
        }
    }

    private void afterAuth(int route, int client, TraceSpan span, Reply reply) {
        if (settings.authReject() > 0 && auth.nextDouble() < settings.authReject()) {
            reply.done(ErrorCause.UNAUTHORIZED);
            return;
        }
        if (route < 0) {
            reply.done(ErrorCause.NOT_FOUND);
            return;
        }
        double now = sim.now();
        if ((perRoute != null && !perRoute.tryTake(route, now))
                || (perClient != null && !perClient.tryTake(client, now))) {
            reply.done(ErrorCause.RATE_LIMITED);
            return;
        }
        Route target = routes.get(route);
        double delay = latency == null ? 0 : latency.sample(delays);
        if (delay > 0) {
            sim.schedule(delay, new Dispatch(target, client, span, reply));
        } else {
            target.dispatch(client, span, reply);
        }
    }

    // ---- statistics of the worker pool (zero without workers)

    @Override
    public void startRecording() {
        recordFrom = sim.now();
        admitted = 0;
        rejected = 0;
        busy.reset(sim.now());
        queued.reset(sim.now());
    }

    /** Requests that got a worker or a place in the queue. */
    public long admitted() {
        return admitted;
    }

    /** Requests turned away because every worker and queue place was taken. */
    public long rejected() {
        return rejected;
    }

    /** Busy workers over time divided by the workers; 0 without workers. */
    public double utilization() {
        return workers == 0 ? 0 : busy.average(sim.now()) / workers;
    }

    /** The time-average number of requests waiting for a worker. */
    public double meanQueueLength() {
        return queued.average(sim.now());
    }

    private record Waiting(int route, int client, TraceSpan span, Reply reply) {
    }

    // Per request, these are classes rather than lambdas: allocating a capturing lambda goes through
    // a method handle until the caller is compiled, which costs most in short runs.

    /** The answer to a request holding a worker: frees the worker, then answers. */
    private record Release(Gateway gateway, Reply reply) implements Reply {
        @Override
        public void done(ErrorCause cause) {
            gateway.released(reply, cause);
        }
    }

    /** The end of a request's authentication latency. */
    private record Authenticated(Gateway gateway, int route, int client, TraceSpan span, Reply reply) implements Event {
        @Override
        public void fire() {
            gateway.afterAuth(route, client, span, reply);
        }
    }

    /** The end of a request's middleware latency: on to the route's endpoint. */
    private record Dispatch(Route target, int client, TraceSpan span, Reply reply) implements Event {
        @Override
        public void fire() {
            target.dispatch(client, span, reply);
        }
    }
}
