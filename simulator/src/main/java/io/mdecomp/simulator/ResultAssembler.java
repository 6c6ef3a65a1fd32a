package io.mdecomp.simulator;

import io.mdecomp.simulator.component.BreakerTransition;
import io.mdecomp.simulator.component.CallPath;
import io.mdecomp.simulator.component.ConsumerGroup;
import io.mdecomp.simulator.component.Gateway;
import io.mdecomp.simulator.component.GatewaySettings;
import io.mdecomp.simulator.component.Saga;
import io.mdecomp.simulator.component.ServiceStation;
import io.mdecomp.simulator.component.Topic;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.result.BreakerResult;
import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.result.GatewayResult;
import io.mdecomp.simulator.result.LatencySummary;
import io.mdecomp.simulator.result.RequestTotals;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.SagaResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.result.SloResult;
import io.mdecomp.simulator.result.TimeSeries;
import io.mdecomp.simulator.result.TopicResult;
import io.mdecomp.simulator.scenario.SagaDefinition;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.stats.Latencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a finished run's components and statistics into a {@link ScenarioResult}, and judges the SLOs. */
final class ResultAssembler {

    private ResultAssembler() {
    }

    static ScenarioResult assemble(Scenario scenario, Topology topology, RequestStats stats, Simulation sim,
                                   double wallSeconds) {
        double measured = scenario.timing().measuredSeconds();
        List<RouteResult> routes = new ArrayList<>();
        for (RequestStats.Route route : stats.routes) {
            routes.add(route(route, measured));
        }
        RequestStats.Route all = stats.overall();
        RequestTotals totals = new RequestTotals(all.requests, all.ok, all.failed, all.inFlight);
        List<SloResult> slos = new ArrayList<>();
        for (Slo slo : scenario.slos()) {
            slos.add(judge(slo, slo.route().map(r -> find(stats, r)).orElse(all)));
        }
        boolean passed = slos.stream().allMatch(SloResult::passed);
        return new ScenarioResult(scenario.name(), scenario.seed(), sim.now(), wallSeconds, sim.events(), totals,
                routes, services(topology, measured), calls(topology), breakers(topology), topics(topology),
                timeSeries(stats), slos, passed, Optional.empty(), sagas(scenario, topology),
                gateway(scenario, topology));
    }

    private static List<ServiceResult> services(Topology topology, double measured) {
        List<ServiceResult> services = new ArrayList<>();
        for (ServiceStation station : topology.stations()) {
            services.add(new ServiceResult(station.name(), station.calls(), station.ok(), station.errors().total(),
                    station.utilization(), station.meanQueueLength(), station.errors().toMap(),
                    station.calls() / measured, station.meanInSystem(), station.meanSojournSeconds() * 1000));
        }
        return services;
    }

    private static List<CallResult> calls(Topology topology) {
        List<CallResult> calls = new ArrayList<>();
        for (CallPath path : topology.paths()) {
            if (path.calls() > 0 || path.attempts() > 0) {
                calls.add(new CallResult(path.key(), path.calls(), path.attempts(), path.retries(),
                        path.errors().toMap(), path.ownErrors().toMap()));
            }
        }
        return calls;
    }

    private static List<BreakerResult> breakers(Topology topology) {
        List<BreakerResult> breakers = new ArrayList<>();
        for (CallPath path : topology.paths()) {
            if (path.breaker() != null && !path.breaker().transitions().isEmpty()) {
                List<BreakerResult.Transition> transitions = new ArrayList<>();
                for (BreakerTransition t : path.breaker().transitions()) {
                    transitions.add(new BreakerResult.Transition(t.atSeconds(), t.to()));
                }
                breakers.add(new BreakerResult(path.key(), transitions));
            }
        }
        return breakers;
    }

    private static List<TopicResult> topics(Topology topology) {
        List<TopicResult> topics = new ArrayList<>();
        for (Map.Entry<String, Topic> entry : topology.topics().entrySet()) {
            for (ConsumerGroup group : entry.getValue().groups()) {
                topics.add(new TopicResult(entry.getKey(), group.service().name(), entry.getValue().published(),
                        group.consumed(), group.failed(), group.backlog(), group.meanLag(), group.maxLag()));
            }
        }
        return topics;
    }

    /** The overall series and one per route, all with the same number of buckets. */
    private static TimeSeries timeSeries(RequestStats stats) {
        int count = stats.bucketCount();
        List<TimeSeries.RouteSeries> routes = new ArrayList<>();
        for (RequestStats.Route route : stats.routes) {
            routes.add(new TimeSeries.RouteSeries(route.name, buckets(route, count, stats.bucketSeconds)));
        }
        return new TimeSeries(stats.bucketSeconds, buckets(stats.all, count, stats.bucketSeconds), routes);
    }

    private static List<TimeSeries.Bucket> buckets(RequestStats.Route route, int count, double bucketSeconds) {
        List<TimeSeries.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double at = i * bucketSeconds;
            if (i < route.buckets.size()) {
                RequestStats.Bucket b = route.buckets.get(i);
                buckets.add(new TimeSeries.Bucket(at, b.requests, b.ok, b.failed, b.p99Millis()));
            } else {
                buckets.add(new TimeSeries.Bucket(at, 0, 0, 0, 0));
            }
        }
        return buckets;
    }

    private static List<SagaResult> sagas(Scenario scenario, Topology topology) {
        List<SagaResult> result = new ArrayList<>();
        for (int i = 0; i < topology.sagas().size(); i++) {
            Saga saga = topology.sagas().get(i);
            SagaDefinition definition = scenario.sagas().get(i);
            List<SagaResult.Step> steps = new ArrayList<>();
            for (int k = 0; k < saga.stepCount(); k++) {
                SagaDefinition.Step step = definition.steps().get(k);
                steps.add(new SagaResult.Step(step.call(), step.compensate(), saga.failedAt(k)));
            }
            result.add(new SagaResult(saga.route(), saga.started(), saga.completed(), saga.compensated(),
                    saga.compensationFailed(), saga.inFlight(), saga.compensations(),
                    saga.compensationFailures(), steps));
        }
        return result;
    }

    private static Optional<GatewayResult> gateway(Scenario scenario, Topology topology) {
        GatewaySettings settings = scenario.infrastructure().gateway();
        if (settings.workers().isEmpty()) {
            return Optional.empty();
        }
        Gateway g = topology.gateway();
        return Optional.of(new GatewayResult(settings.workers().getAsInt(), settings.queue(), g.admitted(),
                g.rejected(), g.utilization(), g.meanQueueLength()));
    }

    private static RequestStats.Route find(RequestStats stats, String route) {
        return stats.routes.stream().filter(r -> r.name.equals(route)).findFirst()
                .orElseGet(() -> new RequestStats.Route(route));
    }

    static RouteResult route(RequestStats.Route route, double measured) {
        return new RouteResult(route.name, route.requests, route.ok, route.failed, route.ok / measured,
                summary(route.latencies), route.errors.toMap(), cdf(route.latencies), summary(route.failedLatencies));
    }

    /** The latency at each of {@link RouteResult#CDF_PERCENTILES}; empty without a recorded latency. */
    static List<RouteResult.CdfPoint> cdf(Latencies l) {
        List<RouteResult.CdfPoint> points = new ArrayList<>();
        if (l.count() == 0) {
            return points;
        }
        for (double percentile : RouteResult.CDF_PERCENTILES) {
            double ms = percentile == 100.0 ? l.maxMillis() : l.quantileMillis(percentile / 100);
            points.add(new RouteResult.CdfPoint(percentile, ms));
        }
        return points;
    }

    static LatencySummary summary(Latencies l) {
        return new LatencySummary(l.meanMillis(), l.quantileMillis(0.50), l.quantileMillis(0.90),
                l.quantileMillis(0.99), l.quantileMillis(0.999), l.maxMillis());
    }

    /** Error rate = failed / (ok + failed); availability = ok / (ok + failed); an empty route passes. */
    static SloResult judge(Slo slo, RequestStats.Route route) {
        long done = route.ok + route.failed;
        double actual;
        switch (slo.metric()) {
            case MEAN: actual = route.latencies.meanMillis(); break;
            case P50: actual = route.latencies.quantileMillis(0.50); break;
            case P90: actual = route.latencies.quantileMillis(0.90); break;
            case P99: actual = route.latencies.quantileMillis(0.99); break;
            case P999: actual = route.latencies.quantileMillis(0.999); break;
            case MAX: actual = route.latencies.maxMillis(); break;
            case ERROR_RATE: actual = done == 0 ? 0 : route.failed / (double) done; break;
            default: actual = done == 0 ? 1 : route.ok / (double) done; break;
        }
        return new SloResult(slo, actual, slo.holds(actual));
    }
}
