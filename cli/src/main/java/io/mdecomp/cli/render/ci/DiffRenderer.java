package io.mdecomp.cli.render.ci;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.analysis.diff.CutDiff;
import io.mdecomp.analysis.diff.EntityMove;
import io.mdecomp.analysis.diff.FindingDelta;
import io.mdecomp.analysis.diff.MetricDelta;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.cli.render.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code mdecomp diff} as text, JSON ({@code schemaVersion: 1}) or Markdown: services added
 * and removed, entities moved, metric deltas, findings introduced and resolved, and the agreement
 * of the two cuts (MoJoFM in percent, adjusted Rand index).
 */
public final class DiffRenderer {

    /** What a diff shows. */
    public record DiffView(String base, String head, CutDiff cut, List<MetricDelta> metrics, FindingDelta findings) {
    }

    public void text(DiffView diff, Writer out) throws IOException {
        StringBuilder text = new StringBuilder("diff ").append(diff.base()).append(" -> ").append(diff.head())
                .append('\n');
        CutDiff cut = diff.cut();
        list(text, "services added", cut.addedServices());
        list(text, "services removed", cut.removedServices());
        list(text, "entities added", cut.addedEntities());
        list(text, "entities removed", cut.removedEntities());
        text.append(cut.moves().isEmpty() ? "entities moved: none\n" : "entities moved:\n");
        for (EntityMove move : cut.moves()) {
            text.append("  ").append(move.entity()).append(": ").append(move.from()).append(" -> ")
                    .append(move.to()).append('\n');
        }
        text.append(String.format(Locale.ROOT, "agreement: MoJoFM %.1f%%, adjusted Rand index %.3f%n",
                cut.mojoFm(), cut.adjustedRand()));
        text.append(String.format(Locale.ROOT, "%-18s %10s %10s %10s%n", "metric", "base", "head", "delta"));
        for (MetricDelta metric : diff.metrics()) {
            text.append(String.format(Locale.ROOT, "%-18s %10.3f %10.3f %+10.3f%n", metric.metric(), metric.base(),
                    metric.head(), metric.delta()));
        }
        findings(text, "findings introduced", diff.findings().introduced());
        findings(text, "findings resolved", diff.findings().resolved());
        out.write(text.toString());
    }

    public void markdown(DiffView diff, Writer out) throws IOException {
        CutDiff cut = diff.cut();
        StringBuilder md = new StringBuilder("## mdecomp diff: `").append(diff.base()).append("` → `")
                .append(diff.head()).append("`\n\n");
        md.append(String.format(Locale.ROOT, "Agreement of the two cuts: **MoJoFM %.1f%%**, adjusted Rand index "
                + "**%.3f**.%n%n", cut.mojoFm(), cut.adjustedRand()));
        md.append("| | |\n|---|---|\n")
                .append("| services added | ").append(cells(cut.addedServices())).append(" |\n")
                .append("| services removed | ").append(cells(cut.removedServices())).append(" |\n")
                .append("| entities moved | ").append(cells(cut.moves().stream()
                        .map(m -> m.entity() + ": " + m.from() + " → " + m.to()).toList())).append(" |\n\n");
        md.append("| metric | base | head | delta |\n|---|---:|---:|---:|\n");
        for (MetricDelta metric : diff.metrics()) {
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %+.3f |%n", metric.metric(), metric.base(),
                    metric.head(), metric.delta()));
        }
        md.append("\n**Findings introduced:** ").append(diff.findings().introduced().size())
                .append(" · **resolved:** ").append(diff.findings().resolved().size()).append("\n\n");
        for (Finding finding : diff.findings().introduced()) {
            md.append("- 🆕 ").append(finding.severity().label()).append(' ').append(finding.rule().name()).append(": ")
                    .append(MarkdownRenderer.cell(finding.message())).append('\n');
        }
        for (Finding finding : diff.findings().resolved()) {
            md.append("- ✅ ").append(finding.rule().name()).append(": ").append(MarkdownRenderer.cell(finding.message()))
                    .append('\n');
        }
        out.write(md.toString());
    }

    public void json(DiffView diff, Writer out) throws IOException {
        CutDiff cut = diff.cut();
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeStringField("base", diff.base());
            json.writeStringField("head", diff.head());
            json.writeFieldName("addedServices");
            Json.strings(json, cut.addedServices());
            json.writeFieldName("removedServices");
            Json.strings(json, cut.removedServices());
            json.writeFieldName("addedEntities");
            Json.strings(json, cut.addedEntities());
            json.writeFieldName("removedEntities");
            Json.strings(json, cut.removedEntities());
            json.writeArrayFieldStart("movedEntities");
            for (EntityMove move : cut.moves()) {
                json.writeStartObject();
                json.writeStringField("entity", move.entity());
                json.writeStringField("from", move.from());
                json.writeStringField("to", move.to());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("agreement");
            Json.ratio(json, "mojoFm", cut.mojoFm());
            Json.ratio(json, "adjustedRand", cut.adjustedRand());
            json.writeEndObject();
            json.writeObjectFieldStart("metrics");
            for (MetricDelta metric : diff.metrics()) {
                json.writeObjectFieldStart(metric.metric());
                Json.ratio(json, "base", metric.base());
                Json.ratio(json, "head", metric.head());
                Json.ratio(json, "delta", metric.delta());
                json.writeEndObject();
            }
            json.writeEndObject();
            findingsJson(json, "findingsIntroduced", diff.findings().introduced());
            findingsJson(json, "findingsResolved", diff.findings().resolved());
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void findingsJson(JsonGenerator json, String field, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart(field);
        for (Finding finding : findings) {
            json.writeStartObject();
            json.writeStringField("rule", finding.rule().name());
            json.writeStringField("severity", finding.severity().label());
            json.writeStringField("message", finding.message());
            json.writeFieldName("subjects");
            Json.strings(json, finding.subjects());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void list(StringBuilder text, String label, List<String> names) {
        text.append(label).append(": ").append(names.isEmpty() ? "none" : String.join(", ", names)).append('\n');
    }

    private static void findings(StringBuilder text, String label, List<Finding> findings) {
        text.append(label).append(": ").append(findings.isEmpty() ? "none" : "").append('\n');
        for (Finding finding : findings) {
            text.append("  ").append(finding.severity().label()).append(' ').append(finding.rule().name()).append(": ")
                    .append(finding.message()).append('\n');
        }
    }

    private static String cells(List<String> values) {
        return values.isEmpty() ? "—" : MarkdownRenderer.cell(String.join(", ", values));
    }
}
