package io.mdecomp.cli.render.tune;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.sweep.PointOutcome;
import io.mdecomp.simulator.sweep.SweepReport;
import io.mdecomp.simulator.tune.ResilienceRecommendation;
import io.mdecomp.simulator.tune.ResilienceReport;
import java.io.IOException;
import java.io.Writer;

/**
 * A resilience sweep as JSON: the sweep's report ({@code kind: resilience}, otherwise the keys of
 * the sweep JSON) plus {@code recommendations}: per scenario the best point, the Pareto front's
 * points best first, the settings and the {@code resilience:} block as YAML text.
 */
public final class JsonResilienceRenderer implements Renderer<ResilienceReport> {

    @Override
    public void render(ResilienceReport report, Writer writer) throws IOException {
        try (JsonGenerator json = Json.generator(writer)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SweepReport.SCHEMA_VERSION);
            json.writeStringField("kind", "resilience");
            JsonSweepRenderer.fields(json, report.sweep());
            json.writeArrayFieldStart("recommendations");
            for (ResilienceRecommendation r : report.recommendations()) {
                json.writeStartObject();
                json.writeStringField("scenario", r.scenario());
                json.writeNumberField("point", r.best().point());
                json.writeBooleanField("passed", r.best().passed());
                json.writeFieldName("settings");
                Json.strings(json, r.settings());
                json.writeArrayFieldStart("pareto");
                for (PointOutcome p : r.pareto()) {
                    json.writeNumber(p.point());
                }
                json.writeEndArray();
                json.writeStringField("yaml", r.yaml());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        writer.write('\n');
    }
}
