package io.mdecomp.cli.render.simulation;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.result.BreakerResult;
import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.result.GatewayResult;
import io.mdecomp.simulator.result.LatencySummary;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.SagaResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.ServiceResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.SloResult;
import io.mdecomp.simulator.result.TimeSeries;
import io.mdecomp.simulator.result.TopicResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON contract of SPEC §7 ({@code schemaVersion} 1): times in milliseconds, rates per
 * second, numbers rounded to 4 decimals. Keys beyond the contract: {@code requests.inFlight},
 * {@code routes[].latencyCdf}, {@code calls[].calls}, {@code calls[].ownErrors},
 * {@code calls[].downstreamErrors}, {@code routes[].failedLatencyMs}, {@code services[].arrivalRate},
 * {@code services[].meanInSystem}, {@code services[].meanSojournMs}, {@code topics}, {@code slos[].location},
 * {@code timeseries.routes} (per-route buckets), {@code replications}, {@code sagas} (always,
 * empty without sagas) and {@code gateway} (only when the gateway has workers). One method per
 * part of a scenario.
 */
public final class JsonSimulationRenderer implements Renderer<SimulationReport> {

    @Override
    public void render(SimulationReport report, Writer writer) throws IOException {
        try (JsonGenerator json = Json.generator(writer)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", report.schemaVersion());
            json.writeStringField("model", report.model());
            json.writeArrayFieldStart("scenarios");
            for (ScenarioResult s : report.scenarios()) {
                scenario(json, s);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        writer.write("\n");
    }

    private static void scenario(JsonGenerator json, ScenarioResult s) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", s.name());
        json.writeNumberField("seed", s.seed());
        Json.ratio(json, "simulatedSeconds", s.simulatedSeconds());
        Json.ratio(json, "wallSeconds", s.wallSeconds());
        json.writeNumberField("events", s.events());
        requests(json, s);
        routes(json, s.routes());
        services(json, s.services());
        calls(json, s.calls());
        breakers(json, s.breakers());
        topics(json, s.topics());
        timeseries(json, s.timeseries());
        slos(json, s.slos(), s.replications());
        json.writeBooleanField("passed", s.passed());
        sagas(json, s.sagas());
        if (s.gateway().isPresent()) {
            gateway(json, s.gateway().get());
        }
        if (s.replications().isPresent()) {
            replications(json, s.replications().get());
        }
        json.writeEndObject();
    }

    private static void requests(JsonGenerator json, ScenarioResult s) throws IOException {
        json.writeObjectFieldStart("requests");
        json.writeNumberField("total", s.requests().total());
        json.writeNumberField("ok", s.requests().ok());
        json.writeNumberField("failed", s.requests().failed());
        json.writeNumberField("inFlight", s.requests().inFlight());
        json.writeEndObject();
    }

    private static void routes(JsonGenerator json, List<RouteResult> routes) throws IOException {
        json.writeArrayFieldStart("routes");
        for (RouteResult r : routes) {
            json.writeStartObject();
            json.writeStringField("route", r.route());
            json.writeNumberField("requests", r.requests());
            json.writeNumberField("ok", r.ok());
            json.writeNumberField("failed", r.failed());
            Json.ratio(json, "throughput", r.throughput());
            latency(json, "latencyMs", r.latencyMs());
            errors(json, r.errors());
            json.writeArrayFieldStart("latencyCdf");
            for (RouteResult.CdfPoint point : r.latencyCdf()) {
                json.writeStartObject();
                Json.ratio(json, "percentile", point.percentile());
                Json.ratio(json, "ms", point.ms());
                json.writeEndObject();
            }
            json.writeEndArray();
            latency(json, "failedLatencyMs", r.failedLatencyMs());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void services(JsonGenerator json, List<ServiceResult> services) throws IOException {
        json.writeArrayFieldStart("services");
        for (ServiceResult r : services) {
            json.writeStartObject();
            json.writeStringField("name", r.name());
            json.writeNumberField("calls", r.calls());
            json.writeNumberField("ok", r.ok());
            json.writeNumberField("failed", r.failed());
            Json.significant(json, "utilization", r.utilization());
            Json.ratio(json, "meanQueueLength", r.meanQueueLength());
            errors(json, r.errors());
            Json.ratio(json, "arrivalRate", r.arrivalRate());
            Json.significant(json, "meanInSystem", r.meanInSystem());
            Json.ratio(json, "meanSojournMs", r.meanSojournMs());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void calls(JsonGenerator json, List<CallResult> calls) throws IOException {
        json.writeArrayFieldStart("calls");
        for (CallResult c : calls) {
            json.writeStartObject();
            json.writeStringField("caller", c.call().caller());
            json.writeStringField("callee", c.call().callee());
            json.writeNumberField("calls", c.calls());
            json.writeNumberField("attempts", c.attempts());
            json.writeNumberField("retries", c.retries());
            errors(json, c.errors());
            errors(json, "ownErrors", c.ownErrors());
            errors(json, "downstreamErrors", c.downstreamErrors());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void breakers(JsonGenerator json, List<BreakerResult> breakers) throws IOException {
        json.writeArrayFieldStart("breakers");
        for (BreakerResult b : breakers) {
            json.writeStartObject();
            json.writeStringField("caller", b.call().caller());
            json.writeStringField("callee", b.call().callee());
            json.writeArrayFieldStart("transitions");
            for (BreakerResult.Transition t : b.transitions()) {
                json.writeStartObject();
                Json.ratio(json, "atSeconds", t.atSeconds());
                json.writeStringField("to", t.to().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void topics(JsonGenerator json, List<TopicResult> topics) throws IOException {
        json.writeArrayFieldStart("topics");
        for (TopicResult t : topics) {
            json.writeStartObject();
            json.writeStringField("event", t.event());
            json.writeStringField("consumer", t.consumer());
            json.writeNumberField("published", t.published());
            json.writeNumberField("consumed", t.consumed());
            json.writeNumberField("failed", t.failed());
            json.writeNumberField("lag", t.lag());
            Json.ratio(json, "meanLag", t.meanLag());
            Json.ratio(json, "maxLag", t.maxLag());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void timeseries(JsonGenerator json, TimeSeries series) throws IOException {
        json.writeObjectFieldStart("timeseries");
        Json.ratio(json, "bucketSeconds", series.bucketSeconds());
        buckets(json, series.buckets());
        json.writeArrayFieldStart("routes");
        for (TimeSeries.RouteSeries route : series.routes()) {
            json.writeStartObject();
            json.writeStringField("route", route.route());
            buckets(json, route.buckets());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void buckets(JsonGenerator json, List<TimeSeries.Bucket> buckets) throws IOException {
        json.writeArrayFieldStart("buckets");
        for (TimeSeries.Bucket b : buckets) {
            json.writeStartObject();
            Json.ratio(json, "atSeconds", b.atSeconds());
            json.writeNumberField("requests", b.requests());
            json.writeNumberField("ok", b.ok());
            json.writeNumberField("failed", b.failed());
            Json.ratio(json, "p99Ms", b.p99Ms());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void slos(JsonGenerator json, List<SloResult> slos, Optional<Replications> replications)
            throws IOException {
        json.writeArrayFieldStart("slos");
        for (SloResult slo : slos) {
            json.writeStartObject();
            json.writeStringField("slo", slo.describe());
            Json.ratio(json, "actual", slo.actual());
            Json.ratio(json, "target", slo.target());
            json.writeBooleanField("passed", slo.passed());
            Json.location(json, "location", slo.location());
            Optional<Replications.Verdict> verdict = replications.flatMap(r -> r.verdict(slo));
            if (verdict.isPresent()) {
                Replications.Verdict v = verdict.get();
                json.writeObjectFieldStart("replications");
                json.writeNumberField("passed", v.passed());
                json.writeNumberField("count", v.count());
                Json.ratio(json, "lower", v.lower());
                Json.ratio(json, "upper", v.upper());
                json.writeBooleanField("passedOnBound", v.passedOnBound());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void sagas(JsonGenerator json, List<SagaResult> sagas) throws IOException {
        json.writeArrayFieldStart("sagas");
        for (SagaResult saga : sagas) {
            json.writeStartObject();
            json.writeStringField("route", saga.route());
            json.writeNumberField("started", saga.started());
            json.writeNumberField("completed", saga.completed());
            json.writeNumberField("compensated", saga.compensated());
            json.writeNumberField("compensationFailed", saga.compensationFailed());
            json.writeNumberField("inFlight", saga.inFlight());
            json.writeNumberField("compensations", saga.compensations());
            json.writeNumberField("compensationFailures", saga.compensationFailures());
            json.writeArrayFieldStart("steps");
            for (SagaResult.Step step : saga.steps()) {
                json.writeStartObject();
                json.writeStringField("call", step.call().toString());
                if (step.compensate().isPresent()) {
                    json.writeStringField("compensate", step.compensate().get().toString());
                }
                json.writeNumberField("failed", step.failed());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void gateway(JsonGenerator json, GatewayResult g) throws IOException {
        json.writeObjectFieldStart("gateway");
        json.writeNumberField("workers", g.workers());
        json.writeNumberField("queue", g.queue());
        json.writeNumberField("admitted", g.admitted());
        json.writeNumberField("rejected", g.rejected());
        Json.significant(json, "utilization", g.utilization());
        Json.ratio(json, "meanQueueLength", g.meanQueueLength());
        json.writeEndObject();
    }

    private static void replications(JsonGenerator json, Replications r) throws IOException {
        json.writeObjectFieldStart("replications");
        json.writeNumberField("count", r.count());
        Json.ratio(json, "level", r.level());
        json.writeArrayFieldStart("estimates");
        for (Replications.Estimate e : r.shown()) {
            json.writeStartObject();
            json.writeStringField("metric", Quantities.estimateName(e));
            Json.ratio(json, "mean", e.mean());
            Json.ratio(json, "halfWidth", e.halfWidth());
            Json.ratio(json, "lower", e.lower());
            Json.ratio(json, "upper", e.upper());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void latency(JsonGenerator json, String key, LatencySummary l) throws IOException {
        json.writeObjectFieldStart(key);
        Json.ratio(json, "mean", l.mean());
        Json.ratio(json, "p50", l.p50());
        Json.ratio(json, "p90", l.p90());
        Json.ratio(json, "p99", l.p99());
        Json.ratio(json, "p999", l.p999());
        Json.ratio(json, "max", l.max());
        json.writeEndObject();
    }

    /** Failures by cause, keyed by the causes' JSON names in the order of those names. */
    private static void errors(JsonGenerator json, Map<ErrorCause, Long> errors) throws IOException {
        errors(json, "errors", errors);
    }

    /** Failures by cause under {@code key}, keyed by the causes' JSON names in the order of those names. */
    private static void errors(JsonGenerator json, String key, Map<ErrorCause, Long> errors) throws IOException {
        json.writeObjectFieldStart(key);
        List<Map.Entry<ErrorCause, Long>> sorted = errors.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().label())).toList();
        for (Map.Entry<ErrorCause, Long> e : sorted) {
            json.writeNumberField(e.getKey().label(), e.getValue());
        }
        json.writeEndObject();
    }
}
