package io.mdecomp.cli.render.simulation;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.compare.ComparisonReport;
import io.mdecomp.simulator.compare.Difference;
import io.mdecomp.simulator.compare.RouteComparison;
import io.mdecomp.simulator.compare.RouteMetric;
import io.mdecomp.simulator.compare.ScenarioComparison;
import io.mdecomp.simulator.compare.SloComparison;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * A comparison as JSON ({@code schemaVersion} 1, documented in docs/simulation.md): the models,
 * replications and level, and per scenario per route and metric and per objective the base and
 * head means, the mean paired difference with its interval, and the verdict. Times in
 * milliseconds, rates as fractions, numbers rounded to 4 decimals.
 */
final class JsonComparisonRenderer implements Renderer<ComparisonReport> {

    private final ComparisonLabels labels;

    JsonComparisonRenderer(ComparisonLabels labels) {
        this.labels = labels;
    }

    @Override
    public void render(ComparisonReport report, Writer writer) throws IOException {
        try (JsonGenerator json = Json.generator(writer)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            model(json, "base", report.baseModel(), labels.base());
            model(json, "head", report.headModel(), labels.head());
            json.writeNumberField("replications", report.replications());
            Json.ratio(json, "level", report.level());
            json.writeBooleanField("regressed", report.regressed());
            json.writeArrayFieldStart("scenarios");
            for (ScenarioComparison c : report.scenarios()) {
                scenario(json, c);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        writer.write("\n");
    }

    private static void model(JsonGenerator json, String field, String system, String file) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("model", system);
        json.writeStringField("file", file);
        json.writeEndObject();
    }

    private static void scenario(JsonGenerator json, ScenarioComparison c) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", c.name());
        json.writeNumberField("seed", c.seed());
        json.writeBooleanField("regressed", c.regressed());
        json.writeArrayFieldStart("routes");
        for (RouteComparison route : c.routes()) {
            json.writeStartObject();
            json.writeStringField("route", route.route());
            json.writeArrayFieldStart("metrics");
            for (Map.Entry<RouteMetric, Difference> e : route.metrics().entrySet()) {
                json.writeStartObject();
                json.writeStringField("metric", e.getKey().key());
                difference(json, e.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("slos");
        for (SloComparison slo : c.slos()) {
            json.writeStartObject();
            json.writeStringField("slo", slo.slo().describe());
            difference(json, slo.difference());
            Json.ratio(json, "target", slo.slo().target());
            json.writeBooleanField("basePassed", slo.basePassed());
            json.writeBooleanField("headPassed", slo.headPassed());
            json.writeBooleanField("regressed", slo.regressed());
            Json.location(json, "location", slo.slo().location());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void difference(JsonGenerator json, Difference d) throws IOException {
        Json.ratio(json, "base", d.base());
        Json.ratio(json, "head", d.head());
        Json.ratio(json, "delta", d.delta());
        Json.ratio(json, "halfWidth", d.halfWidth());
        Json.ratio(json, "lower", d.lower());
        Json.ratio(json, "upper", d.upper());
        json.writeStringField("verdict", d.verdict().key());
    }
}
