package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Simulation;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The API gateway: for each request, authentication (its latency, then 401 for the configured
 * share), the route table (404 for an unknown route), the token buckets per route and per client
 * (429 when either is empty), the middleware latency, then the call to the route's endpoint
 * through the gateway's call path to that service (whose open breaker answers 503,
 * {@code circuit-open}). A pure delay: it has no workers of its own.
 */
public final class Gateway {

    /** A route the gateway knows: its name, endpoint and the path to its service. */
    public record Route(String name, EndpointPlan endpoint, CallPath path) {
    }

    private final Simulation sim;
    private final GatewaySettings settings;
    private final List<Route> routes;
    private final SplittableRandom random;
    private final TokenBucket perRoute;
    private final TokenBucket perClient;

    public Gateway(Simulation sim, GatewaySettings settings, List<Route> routes, int clients) {
        this.sim = sim;
        this.settings = settings;
        this.routes = List.copyOf(routes);
        this.random = sim.streams().stream("gateway");
        this.perRoute = settings.perRoute().isPresent() && !routes.isEmpty()
                ? new TokenBucket(settings.perRoute().getAsDouble(), settings.burst(settings.perRoute().getAsDouble()),
                routes.size()) : null;
        this.perClient = settings.perClient().isPresent()
                ? new TokenBucket(settings.perClient().getAsDouble(),
                settings.burst(settings.perClient().getAsDouble()), Math.max(1, clients)) : null;
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
        if (settings.authLatency() > 0) {
            sim.schedule(settings.authLatency(), () -> afterAuth(route, client, reply));
        } else {
            afterAuth(route, client, reply);
        }
    }

    private void afterAuth(int route, int client, Reply reply) {
        if (settings.authReject() > 0 && random.nextDouble() < settings.authReject()) {
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
        double latency = settings.latency().isPresent() ? settings.latency().get().sample(random) : 0;
        if (latency > 0) {
            sim.schedule(latency, () -> target.path().call(target.endpoint(), client, reply));
        } else {
            target.path().call(target.endpoint(), client, reply);
        }
    }
}
