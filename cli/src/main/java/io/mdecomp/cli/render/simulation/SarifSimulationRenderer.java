package io.mdecomp.cli.render.simulation;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.SloResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Missed SLOs as SARIF 2.1.0: one rule ({@code SLO001}, "service-level objective missed"), one
 * error result per missed objective located at its line in the scenario file (relative URI,
 * 1-based region), with a partial fingerprint of scenario and objective so code-scanning
 * tracks it across runs.
 */
public final class SarifSimulationRenderer implements Renderer<SimulationReport> {

    @Override
    public void render(SimulationReport report, Writer writer) throws IOException {
        try (JsonGenerator json = Json.generator(writer)) {
            json.writeStartObject();
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "mdecomp");
            json.writeStringField("informationUri", "https://github.com/mdecomp/mdecomp");
            json.writeArrayFieldStart("rules");
            json.writeStartObject();
            json.writeStringField("id", "SLO001");
            json.writeStringField("name", "ServiceLevelObjectiveMissed");
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", "A service-level objective was missed in simulation");
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", "The simulated scenario did not meet an objective declared in its"
                    + " 'slos' (latency percentile, error rate or availability).");
            json.writeEndObject();
            json.writeObjectFieldStart("help");
            json.writeStringField("text", "Look at the scenario's routes, errors by cause and breaker transitions"
                    + " in the text report; change capacity, timeouts, retries or breakers, or the objective.");
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", "error");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (ScenarioResult s : report.scenarios()) {
                for (SloResult slo : s.slos()) {
                    if (!slo.passed()) {
                        result(json, s, slo);
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        writer.write("\n");
    }

    private static void result(JsonGenerator json, ScenarioResult s, SloResult slo) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", "SLO001");
        json.writeNumberField("ruleIndex", 0);
        json.writeStringField("level", "error");
        json.writeObjectFieldStart("message");
        json.writeStringField("text", "scenario '" + s.name() + "': " + JunitSimulationRenderer.message(s, slo));
        json.writeEndObject();
        SourceLocation at = slo.location();
        if (at.isKnown()) {
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", at.file().replace('\\', '/').replaceFirst("^\\./", ""));
            json.writeEndObject();
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", at.line());
            json.writeNumberField("startColumn", at.column());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("mdecompSlo/v1", s.name() + "|" + slo.describe());
        json.writeEndObject();
        json.writeEndObject();
    }
}
