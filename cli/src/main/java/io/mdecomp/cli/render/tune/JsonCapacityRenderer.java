package io.mdecomp.cli.render.tune;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.sweep.SloOutcome;
import io.mdecomp.simulator.tune.CapacityReport;
import io.mdecomp.simulator.tune.CapacityReport.ServiceCapacity;
import io.mdecomp.simulator.tune.Evaluation;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * A capacity search as JSON ({@code schemaVersion} 1, {@code kind: capacity}; a contract: new
 * keys may come, these keep their meaning): options, verdict, totals, the capacity table, the
 * objectives at the answer and every candidate tried. Latencies in milliseconds, rates as
 * fractions, numbers rounded to four decimals; no wall time, so the same search gives the same bytes.
 */
public final class JsonCapacityRenderer implements Renderer<CapacityReport> {

    @Override
    public void render(CapacityReport report, Writer writer) throws IOException {
        try (JsonGenerator json = Json.generator(writer)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeStringField("kind", "capacity");
            json.writeStringField("model", report.model());
            json.writeFieldName("scenarios");
            Json.strings(json, report.scenarios());
            json.writeObjectFieldStart("options");
            json.writeNumberField("maxInstances", report.options().maxInstances());
            json.writeBooleanField("workers", report.options().workers());
            json.writeNumberField("maxWorkers", report.options().maxWorkers());
            json.writeNumberField("replications", report.options().replications());
            Json.ratio(json, "confidence", report.options().confidence());
            json.writeEndObject();
            json.writeBooleanField("feasible", report.feasible());
            json.writeStringField("reason", report.reason());
            json.writeNumberField("totalInstances", report.totalInstances());
            json.writeNumberField("modelInstances", report.modelInstances());
            json.writeNumberField("candidates", report.evaluations().size());
            json.writeNumberField("runs", report.runs());
            json.writeArrayFieldStart("services");
            for (ServiceCapacity service : report.services()) {
                service(json, service);
            }
            json.writeEndArray();
            json.writeFieldName("answer");
            evaluation(json, report.answer());
            json.writeArrayFieldStart("search");
            for (Evaluation evaluation : report.evaluations()) {
                evaluation(json, evaluation);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        writer.write('\n');
    }

    private static void service(JsonGenerator json, ServiceCapacity service) throws IOException {
        json.writeStartObject();
        json.writeStringField("service", service.service());
        json.writeObjectFieldStart("model");
        json.writeNumberField("instances", service.modelInstances());
        json.writeNumberField("workers", service.modelWorkers());
        json.writeEndObject();
        json.writeNumberField("instances", service.instances());
        json.writeNumberField("workers", service.workers());
        Json.ratio(json, "utilization", service.load().utilization());
        Json.ratio(json, "meanQueueLength", service.load().meanQueueLength());
        Json.ratio(json, "busyWorkers", service.load().busyWorkers());
        json.writeFieldName("missedWithOneInstanceFewer");
        Json.strings(json, service.missedWithOneInstanceFewer());
        json.writeFieldName("missedWithOneWorkerFewer");
        Json.strings(json, service.missedWithOneWorkerFewer());
        json.writeEndObject();
    }

    private static void evaluation(JsonGenerator json, Evaluation evaluation) throws IOException {
        json.writeStartObject();
        json.writeNumberField("number", evaluation.number());
        json.writeStringField("move", evaluation.move());
        json.writeBooleanField("holds", evaluation.holds());
        json.writeObjectFieldStart("instances");
        for (Map.Entry<String, Integer> entry : evaluation.candidate().instances().entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        if (!evaluation.candidate().workers().isEmpty()) {
            json.writeObjectFieldStart("workers");
            for (Map.Entry<String, Integer> entry : evaluation.candidate().workers().entrySet()) {
                json.writeNumberField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        }
        json.writeArrayFieldStart("objectives");
        for (Evaluation.ScenarioObjective objective : evaluation.objectives()) {
            SloOutcome o = objective.outcome();
            json.writeStartObject();
            json.writeStringField("scenario", objective.scenario());
            json.writeStringField("slo", o.slo().describe());
            Json.ratio(json, "mean", o.actual().mean());
            Json.ratio(json, "halfWidth", o.actual().halfWidth());
            Json.ratio(json, "bound", o.bound());
            json.writeBooleanField("passed", o.passed());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
