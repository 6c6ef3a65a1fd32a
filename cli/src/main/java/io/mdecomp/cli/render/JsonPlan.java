package io.mdecomp.cli.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.plan.Effect;
import io.mdecomp.analysis.plan.FindingChanges;
import io.mdecomp.analysis.plan.OpenFinding;
import io.mdecomp.analysis.plan.Plan;
import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.plan.ProposalComparison;
import io.mdecomp.analysis.rules.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The plan's additions to the analysis JSON (docs/json.md): each recommendation's step number,
 * moved entities, the findings it resolves, changes and introduces, the system metrics before and
 * after it and the services it touches; and the top-level {@code plan} object (why it ends, the
 * metrics before and after the whole plan, what it leaves open, the comparison with the proposal).
 */
final class JsonPlan {

    private JsonPlan() {
    }

    /** The additions to one recommendation object, written after its contract keys. */
    static void step(JsonGenerator json, PlanStep step) throws IOException {
        json.writeNumberField("step", step.number());
        json.writeFieldName("moved");
        Json.strings(json, step.moved());
        Effect effect = step.effect();
        findings(json, "resolves", effect.resolved());
        json.writeArrayFieldStart("changes");
        for (FindingChanges.Changed change : effect.changed()) {
            json.writeStartObject();
            json.writeFieldName("before");
            finding(json, change.before());
            json.writeFieldName("after");
            finding(json, change.after());
            json.writeEndObject();
        }
        json.writeEndArray();
        findings(json, "introduces", effect.introduced());
        json.writeObjectFieldStart("effect");
        for (MetricDelta delta : effect.system()) {
            json.writeObjectFieldStart(delta.metric());
            Json.ratio(json, "before", delta.base());
            Json.ratio(json, "after", delta.head());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("services");
        for (Effect.ServiceChange change : effect.services()) {
            json.writeStartObject();
            json.writeStringField("name", change.service());
            figures(json, "before", change.before());
            figures(json, "after", change.after());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The top-level {@code plan} object. */
    static void plan(JsonGenerator json, Plan plan) throws IOException {
        json.writeObjectFieldStart("plan");
        json.writeNumberField("steps", plan.steps().size());
        json.writeStringField("stopped", plan.stopped());
        metrics(json, "before", plan.before());
        metrics(json, "after", plan.after());
        json.writeArrayFieldStart("open");
        for (OpenFinding open : plan.open()) {
            json.writeStartObject();
            json.writeFieldName("finding");
            finding(json, open.finding());
            json.writeStringField("reason", open.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("proposal");
        if (plan.comparison().isPresent()) {
            comparison(json, plan.comparison().get());
        } else {
            json.writeNull();
        }
        json.writeEndObject();
    }

    private static void comparison(JsonGenerator json, ProposalComparison c) throws IOException {
        json.writeStartObject();
        json.writeStringField("algorithm", c.algorithm());
        json.writeNumberField("services", c.proposedServices());
        Json.ratio(json, "currentModularity", c.currentModularity());
        Json.ratio(json, "planModularity", c.planModularity());
        Json.ratio(json, "proposalModularity", c.proposalModularity());
        Json.ratio(json, "mojoFm", c.mojoFm());
        Json.ratio(json, "adjustedRand", c.adjustedRand());
        json.writeFieldName("notes");
        Json.strings(json, c.notes());
        json.writeArrayFieldStart("differences");
        for (ProposalComparison.Difference d : c.differences()) {
            json.writeStartObject();
            json.writeStringField("proposalService", d.proposalService());
            json.writeFieldName("aggregates");
            Json.strings(json, d.aggregates());
            json.writeFieldName("plan");
            Json.strings(json, d.plan());
            json.writeStringField("why", d.why());
            json.writeEndObject();
        }
        json.writeEndArray();
        findings(json, "proposalIntroduces", c.proposalIntroduces());
        json.writeEndObject();
    }

    private static void metrics(JsonGenerator json, String field, SystemMetrics m) throws IOException {
        json.writeObjectFieldStart(field);
        for (MetricDelta delta : MetricDelta.between(m, m)) {
            Json.ratio(json, delta.metric(), delta.head());
        }
        json.writeEndObject();
    }

    private static void figures(JsonGenerator json, String field, Optional<ServiceMetrics> metrics) throws IOException {
        json.writeFieldName(field);
        if (metrics.isEmpty()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        Json.ratio(json, "granularity", metrics.get().granularity());
        Json.ratio(json, "cohesion", metrics.get().cohesion());
        Json.ratio(json, "coupling", metrics.get().coupling());
        json.writeEndObject();
    }

    private static void findings(JsonGenerator json, String field, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart(field);
        for (Finding finding : findings) {
            finding(json, finding);
        }
        json.writeEndArray();
    }

    /** A finding by reference: rule, severity, subjects and message. */
    private static void finding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", finding.rule().name());
        json.writeStringField("severity", finding.severity().label());
        json.writeFieldName("subjects");
        Json.strings(json, finding.subjects());
        json.writeStringField("message", finding.message());
        json.writeEndObject();
    }
}
