package io.mdecomp.cli.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.analysis.metrics.Partner;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.metrics.Tie;
import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.recommend.Merge;
import io.mdecomp.analysis.recommend.Move;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.recommend.Split;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The analysis as the JSON contract of SPEC §4 ({@code schemaVersion: 1}; docs/json.md): the
 * contract's keys first and in its order, additions after them. Ratios are rounded to
 * {@value Json#DECIMALS} decimals; the same report gives the same bytes.
 */
public final class JsonAnalysisRenderer implements Renderer<AnalysisView> {

    /** The version of the contract this renderer writes. */
    public static final int SCHEMA_VERSION = 1;

    @Override
    public void render(AnalysisView report, Writer writer) throws IOException {
        try (JsonGenerator json = Json.generator(writer)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("system", report.system());
            json.writeArrayFieldStart("services");
            for (ServiceMetrics service : report.services()) {
                service(json, service);
            }
            json.writeEndArray();
            metrics(json, report.metrics());
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                finding(json, finding);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("recommendations");
            for (PlanStep step : report.plan().steps()) {
                recommendation(json, step);
            }
            json.writeEndArray();
            JsonPlan.plan(json, report.plan());
            json.writeEndObject();
        }
        writer.write('\n');
    }

    private static void service(JsonGenerator json, ServiceMetrics s) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", s.name());
        Json.ratio(json, "granularity", s.granularity());
        Json.ratio(json, "sharedEntityCoupling", s.sharedEntityCoupling());
        Json.ratio(json, "cohesion", s.cohesion());
        Json.ratio(json, "coupling", s.coupling());
        json.writeNumberField("ca", s.ca());
        json.writeNumberField("ce", s.ce());
        Json.ratio(json, "instability", s.instability());
        json.writeNumberField("ais", s.ais());
        json.writeNumberField("ads", s.ads());
        json.writeNumberField("acs", s.acs());
        Json.ratio(json, "siuc", s.siuc());
        json.writeNumberField("syncFanOut", s.syncFanOut());
        json.writeNumberField("syncDepth", s.syncDepth());
        json.writeArrayFieldStart("topPartners");
        for (Partner partner : s.topPartners()) {
            json.writeStartObject();
            json.writeStringField("service", partner.service());
            Json.ratio(json, "weight", partner.weight());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("couplingTie");
        if (s.tie().isPresent()) {
            Tie tie = s.tie().get();
            json.writeStartObject();
            json.writeStringField("partner", tie.partner());
            Json.ratio(json, "inside", tie.inside());
            Json.ratio(json, "across", tie.across());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeEndObject();
    }

    private static void metrics(JsonGenerator json, SystemMetrics m) throws IOException {
        json.writeObjectFieldStart("metrics");
        Json.ratio(json, "modularity", m.modularity());
        Json.ratio(json, "mq", m.mq());
        Json.ratio(json, "sm", m.sm());
        Json.ratio(json, "icp", m.icp());
        Json.ratio(json, "ifn", m.ifn());
        Json.ratio(json, "ned", m.ned());
        Json.ratio(json, "scf", m.scf());
        json.writeNumberField("siy", m.siy());
        json.writeArrayFieldStart("cycles");
        for (List<String> cycle : m.cycles()) {
            Json.strings(json, cycle);
        }
        json.writeEndArray();
        json.writeNumberField("longestSyncChain", m.longestSyncChain());
        json.writeNumberField("complexityIndex", m.complexityIndex());
        json.writeEndObject();
    }

    private static void finding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", f.rule().name());
        json.writeStringField("severity", f.severity().label());
        json.writeStringField("message", f.message());
        json.writeFieldName("subjects");
        Json.strings(json, f.subjects());
        json.writeFieldName("location");
        location(json, f.location());
        json.writeFieldName("recommendation");
        if (f.recommendation().isPresent()) {
            json.writeString(f.recommendation().get());
        } else {
            json.writeNull();
        }
        json.writeStringField("title", f.rule().title());
        json.writeEndObject();
    }

    /** {@code {"file", "line", "column"}}, or null for findings that point at no place in a file. */
    static void location(JsonGenerator json, SourceLocation location) throws IOException {
        if (!location.isKnown()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("file", location.file());
        json.writeNumberField("line", location.line());
        json.writeNumberField("column", location.column());
        json.writeEndObject();
    }

    private static void recommendation(JsonGenerator json, PlanStep step) throws IOException {
        Recommendation r = step.change();
        json.writeStartObject();
        json.writeStringField("kind", r.kind());
        json.writeStringField("service", r.service());
        json.writeStringField("detail", r.detail());
        if (r instanceof Split split) {
            json.writeArrayFieldStart("groups");
            for (Split.Group group : split.groups()) {
                json.writeStartObject();
                json.writeStringField("name", group.name());
                json.writeFieldName("entities");
                Json.strings(json, group.entities());
                json.writeEndObject();
            }
            json.writeEndArray();
            Json.ratio(json, "cutWeight", split.cutWeight());
        } else if (r instanceof Merge merge) {
            json.writeStringField("into", merge.into());
            Json.ratio(json, "weight", merge.weight());
            Json.ratio(json, "mergedGranularity", merge.mergedGranularity());
        } else if (r instanceof Move move) {
            json.writeFieldName("entities");
            Json.strings(json, move.entities());
            json.writeStringField("to", move.to());
            Json.ratio(json, "share", move.share());
        }
        json.writeFieldName("newCalls");
        Json.strings(json, r.newCalls());
        JsonPlan.step(json, step);
        json.writeEndObject();
    }
}
