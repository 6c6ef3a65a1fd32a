package io.mdecomp.cli.render.simulation;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.simulator.component.BreakerState;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.result.BreakerResult;
import io.mdecomp.simulator.result.EstimateMetric;
import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.result.LatencySummary;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.RequestTotals;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.SloResult;
import io.mdecomp.simulator.result.TimeSeries;
import io.mdecomp.simulator.result.TopicResult;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.scenario.SloMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * Hand-built simulation reports for the HTML tests, independent of the simulator's numbers. Names
 * carry {@code <&"'} so escaping is exercised everywhere they appear.
 */
public final class SampleSimulations {

    /** A route, a service and a scenario name that would break unescaped markup. */
    public static final String NASTY_ROUTE = "POST /a<&\"'b>";
    public static final String NASTY_SERVICE = "Pay<&\"'>";
    public static final String NASTY_SCENARIO = "peak <&\"'>";

    private SampleSimulations() {
    }

    /**
     * Two scenarios. The first ({@link #NASTY_SCENARIO}, 60 s, warm-up 5 s, one fault from 20 s to
     * 30 s, five replications): three routes, of which GET /products takes 1 + p/10 ms at
     * percentile p, the nasty route 20 + p ms, and GET /never never succeeds; six 10 s buckets of
     * 1,000 requests; two breakers (OrderService → the nasty service OPEN at 20 s, HALF_OPEN at 25 s,
     * CLOSED at 25.5 s; gateway → OrderService OPEN at 30 s, HALF_OPEN at 40 s, OPEN at 41 s); one
     * objective met, one missed. The second, {@code quiet}: no success, no breaker, no objective.
     */
    public static SimulationReport report() {
        List<RouteResult> routes = List.of(
                route("GET /products", 4000, 4000, 0, p -> 1 + p / 10),
                route(NASTY_ROUTE, 1500, 1470, 30, p -> 20 + p),
                new RouteResult("GET /never", 10, 0, 10, 0, new LatencySummary(0, 0, 0, 0, 0, 0),
                        new TreeMap<>(Map.of(ErrorCause.NO_INSTANCE, 10L))));
        List<ServiceResult> services = List.of(
                new ServiceResult("OrderService", 1500, 1480, 20, 0.25, 0.5, new TreeMap<>(Map.of(ErrorCause.TIMEOUT, 20L)),
                        27.2727, 1.9091, 70),
                new ServiceResult(NASTY_SERVICE, 1480, 1470, 10, 0.00004, 0, new TreeMap<>(Map.of(ErrorCause.INJECTED, 10L))));
        List<CallResult> calls = List.of(new CallResult(new CallKey("OrderService", NASTY_SERVICE), 1480, 1500, 20,
                new TreeMap<>(Map.of(ErrorCause.INJECTED, 10L, ErrorCause.TIMEOUT, 4L)),
                new TreeMap<>(Map.of(ErrorCause.TIMEOUT, 4L))));
        List<BreakerResult> breakers = List.of(
                new BreakerResult(new CallKey("OrderService", NASTY_SERVICE), List.of(
                        new BreakerResult.Transition(20, BreakerState.OPEN),
                        new BreakerResult.Transition(25, BreakerState.HALF_OPEN),
                        new BreakerResult.Transition(25.5, BreakerState.CLOSED))),
                new BreakerResult(CallKey.fromGateway("OrderService"), List.of(
                        new BreakerResult.Transition(30, BreakerState.OPEN),
                        new BreakerResult.Transition(40, BreakerState.HALF_OPEN),
                        new BreakerResult.Transition(41, BreakerState.OPEN))));
        List<TopicResult> topics = List.of(new TopicResult("OrderPlaced", "Shipping<&>", 1470, 1468, 0, 2, 0.5, 3));
        List<TimeSeries.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long failed = i == 2 ? 200 : i == 3 ? 50 : 0;
            buckets.add(new TimeSeries.Bucket(i * 10, 1000, 1000 - failed, failed, 10 + 2 * i));
        }
        List<SloResult> slos = List.of(
                new SloResult(new Slo(Optional.of(NASTY_ROUTE), SloMetric.P99, 200,
                        new SourceLocation("scenarios.yaml", 12, 9)), 119, true),
                new SloResult(new Slo(Optional.empty(), SloMetric.AVAILABILITY, 0.99,
                        new SourceLocation("scenarios.yaml", 13, 9)), 0.9926, false));
        Replications replications = new Replications(5, 0.95, List.of(
                new Replications.Estimate(EstimateMetric.THROUGHPUT, Optional.empty(), 91.5, 1.25, 90.25, 92.75),
                new Replications.Estimate(EstimateMetric.ROUTE_P99, Optional.of(NASTY_ROUTE), 121, 3.5, 117.5, 124.5),
                new Replications.Estimate(EstimateMetric.ROUTE_MEAN, Optional.of(NASTY_ROUTE), 70.25, 0.5, 69.75,
                        70.75),
                new Replications.Estimate(EstimateMetric.SLO_PASSED, Optional.of(slos.get(0).describe()), 1, 0, 1, 1),
                new Replications.Estimate(EstimateMetric.SLO_ACTUAL_MS, Optional.of(slos.get(0).describe()), 121, 3.5,
                        117.5, 124.5),
                new Replications.Estimate(EstimateMetric.SLO_PASSED, Optional.of(slos.get(1).describe()), 0.4, 0.68,
                        -0.28, 1.08),
                new Replications.Estimate(EstimateMetric.SLO_ACTUAL, Optional.of(slos.get(1).describe()), 0.9899,
                        0.0012, 0.9887, 0.9911)));
        ScenarioResult peak = new ScenarioResult(NASTY_SCENARIO, 42, 60, 1.5, 123456,
                new RequestTotals(5510, 5470, 40, 0), routes, services, calls, breakers, topics,
                new TimeSeries(10, buckets), slos, false, Optional.of(replications));
        ScenarioResult quiet = new ScenarioResult("quiet", 7, 20, 0.25, 100, new RequestTotals(10, 0, 10, 0),
                List.of(routes.get(2)), List.of(), List.of(), List.of(), List.of(),
                new TimeSeries(10, List.of(new TimeSeries.Bucket(0, 10, 0, 10, 0), new TimeSeries.Bucket(10, 0, 0, 0, 0))),
                List.of(), true, Optional.empty());
        return new SimulationReport(1, "shop<&>", List.of(peak, quiet));
    }

    /** The first scenario's warm-up (5 s) and its fault (from 20 s for 10 s). */
    public static Map<String, TimeMarks> marks() {
        return Map.of(NASTY_SCENARIO, new TimeMarks(5, List.of(new TimeMarks.FaultWindow(20, 10,
                "fail " + NASTY_SERVICE + " 0.3"))));
    }

    private static RouteResult route(String name, long requests, long ok, long failed, DoubleUnaryOperator msAt) {
        List<RouteResult.CdfPoint> cdf = new ArrayList<>();
        for (double p : RouteResult.CDF_PERCENTILES) {
            cdf.add(new RouteResult.CdfPoint(p, msAt.applyAsDouble(p)));
        }
        LatencySummary summary = new LatencySummary(msAt.applyAsDouble(50), msAt.applyAsDouble(50),
                msAt.applyAsDouble(90), msAt.applyAsDouble(99), msAt.applyAsDouble(99.9), msAt.applyAsDouble(100));
        TreeMap<ErrorCause, Long> errors = new TreeMap<>();
        if (failed > 0) {
            errors.put(ErrorCause.TIMEOUT, failed);
        }
        return new RouteResult(name, requests, ok, failed, ok / 55.0, summary, errors, cdf);
    }
}
