package io.mdecomp.cli.render.tune;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.sweep.Axis;
import io.mdecomp.simulator.sweep.Estimate;
import io.mdecomp.simulator.sweep.PointOutcome;
import io.mdecomp.simulator.sweep.ScenarioOutcome;
import io.mdecomp.simulator.sweep.ScenarioSweep;
import io.mdecomp.simulator.sweep.SloOutcome;
import io.mdecomp.simulator.sweep.SweepReport;
import java.io.IOException;
import java.io.Writer;

/**
 * A sweep as JSON ({@code schemaVersion} 1, a contract: new keys may come, these keep their
 * meaning). Latencies in milliseconds, rates as fractions, numbers rounded to four decimals. The
 * same report gives the same bytes; there is no wall time in it, so a merged sweep and the same
 * sweep run whole give identical files.
 */
public final class JsonSweepRenderer implements Renderer<SweepReport> {

    @Override
    public void render(SweepReport report, Writer writer) throws IOException {
        try (JsonGenerator json = Json.generator(writer)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SweepReport.SCHEMA_VERSION);
            json.writeStringField("kind", "sweep");
            fields(json, report);
            json.writeEndObject();
        }
        writer.write('\n');
    }

    /** The sweep's fields after {@code kind}: model, source, confidence, runs, verdict, scenarios. */
    static void fields(JsonGenerator json, SweepReport report) throws IOException {
        json.writeStringField("model", report.header().model());
        json.writeStringField("source", report.header().source());
        Json.ratio(json, "confidence", report.header().confidence());
        json.writeNumberField("runs", report.runs());
        json.writeBooleanField("passed", report.passed());
        json.writeArrayFieldStart("scenarios");
        for (ScenarioOutcome scenario : report.scenarios()) {
            scenario(json, scenario);
        }
        json.writeEndArray();
    }

    private static void scenario(JsonGenerator json, ScenarioOutcome outcome) throws IOException {
        ScenarioSweep sweep = outcome.sweep();
        json.writeStartObject();
        json.writeStringField("name", sweep.name());
        json.writeNumberField("seed", sweep.seed());
        json.writeNumberField("points", sweep.points());
        json.writeNumberField("replications", sweep.replications());
        json.writeStringField("randomNumbers", sweep.randomNumbers().label());
        json.writeArrayFieldStart("axes");
        for (Axis axis : sweep.axes()) {
            json.writeStartObject();
            json.writeStringField("path", axis.path());
            json.writeFieldName("values");
            Json.strings(json, axis.values());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("objectives");
        for (Slo slo : sweep.slos()) {
            json.writeStartObject();
            json.writeStringField("slo", slo.describe());
            if (slo.route().isPresent()) {
                json.writeStringField("route", slo.route().get());
            }
            json.writeStringField("metric", slo.metric().key());
            Json.ratio(json, "target", slo.target());
            json.writeObjectFieldStart("location");
            json.writeStringField("file", slo.location().file());
            json.writeNumberField("line", slo.location().line());
            json.writeNumberField("column", slo.location().column());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("ranking");
        for (int point : outcome.ranking()) {
            json.writeNumber(point);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("points");
        for (PointOutcome point : outcome.points()) {
            point(json, point);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void point(JsonGenerator json, PointOutcome p) throws IOException {
        json.writeStartObject();
        json.writeNumberField("point", p.point());
        json.writeFieldName("values");
        Json.strings(json, p.values());
        json.writeNumberField("rank", p.rank());
        json.writeBooleanField("pareto", p.pareto());
        json.writeBooleanField("passed", p.passed());
        json.writeNumberField("runs", p.runs());
        json.writeNumberField("failedObjectives", p.failedSlos());
        json.writeArrayFieldStart("objectives");
        for (SloOutcome slo : p.slos()) {
            json.writeStartObject();
            json.writeStringField("slo", slo.slo().describe());
            Json.ratio(json, "mean", slo.actual().mean());
            Json.ratio(json, "halfWidth", slo.actual().halfWidth());
            Json.ratio(json, "bound", slo.bound());
            json.writeNumberField("passedRuns", slo.passedRuns());
            json.writeBooleanField("passed", slo.passed());
            json.writeEndObject();
        }
        json.writeEndArray();
        estimate(json, "errorRate", p.errorRate());
        estimate(json, "throughput", p.throughput());
        estimate(json, "meanLatencyMs", p.meanLatencyMs());
        Json.ratio(json, "retryAmplification", p.retryAmplification());
        if (p.errorBudgetSpent().isPresent()) {
            Json.ratio(json, "errorBudgetSpent", p.errorBudgetSpent().getAsDouble());
        }
        json.writeEndObject();
    }

    private static void estimate(JsonGenerator json, String field, Estimate estimate) throws IOException {
        json.writeObjectFieldStart(field);
        Json.ratio(json, "mean", estimate.mean());
        Json.ratio(json, "halfWidth", estimate.halfWidth());
        json.writeEndObject();
    }
}
