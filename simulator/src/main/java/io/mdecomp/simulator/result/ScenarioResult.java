package io.mdecomp.simulator.result;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scenario's results (of its first replication, with confidence intervals over all of them
 * when there were several). {@code sagas} lists the scenario's sagas in file order; {@code gateway}
 * is present when the gateway has workers.
 */
public record ScenarioResult(String name, long seed, double simulatedSeconds, double wallSeconds, long events,
                             RequestTotals requests, List<RouteResult> routes, List<ServiceResult> services,
                             List<CallResult> calls, List<BreakerResult> breakers, List<TopicResult> topics,
                             TimeSeries timeseries, List<SloResult> slos, boolean passed,
                             Optional<Replications> replications, List<SagaResult> sagas,
                             Optional<GatewayResult> gateway) {

    public ScenarioResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requests, "requests");
        routes = List.copyOf(routes);
        services = List.copyOf(services);
        calls = List.copyOf(calls);
        breakers = List.copyOf(breakers);
        topics = List.copyOf(topics);
        Objects.requireNonNull(timeseries, "timeseries");
        slos = List.copyOf(slos);
        Objects.requireNonNull(replications, "replications");
        sagas = List.copyOf(sagas);
        Objects.requireNonNull(gateway, "gateway");
    }

    /** A result without sagas and without a gateway worker pool. */
    public ScenarioResult(String name, long seed, double simulatedSeconds, double wallSeconds, long events,
                          RequestTotals requests, List<RouteResult> routes, List<ServiceResult> services,
                          List<CallResult> calls, List<BreakerResult> breakers, List<TopicResult> topics,
                          TimeSeries timeseries, List<SloResult> slos, boolean passed,
                          Optional<Replications> replications) {
        this(name, seed, simulatedSeconds, wallSeconds, events, requests, routes, services, calls, breakers, topics,
                timeseries, slos, passed, replications, List.of(), Optional.empty());
    }

    /**
     * The error rate from which a route without an objective of its own is pointed out: a
     * scenario can pass while such a route fails a lot, and the reports say so.
     */
    public static final double NOTABLE_ERROR_RATE = 0.05;

    /**
     * The routes that no objective names and whose error rate is at least {@link #NOTABLE_ERROR_RATE},
     * in route order.
     */
    public List<RouteResult> failingWithoutObjective() {
        return routes.stream()
                .filter(r -> r.errorRate() >= NOTABLE_ERROR_RATE)
                .filter(r -> slos.stream().noneMatch(s -> s.slo().route().filter(r.route()::equals).isPresent()))
                .toList();
    }

    public ScenarioResult withReplications(Replications r) {
        return new ScenarioResult(name, seed, simulatedSeconds, wallSeconds, events, requests, routes, services,
                calls, breakers, topics, timeseries, slos, passed, Optional.of(r), sagas, gateway);
    }
}
