package io.mdecomp.cli.render.evaluate;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mdecomp.analysis.diff.OneToOneMatching;
import io.mdecomp.analysis.evaluate.CandidateEvaluation;
import io.mdecomp.analysis.evaluate.ComponentKey;
import io.mdecomp.analysis.evaluate.Evaluation;
import io.mdecomp.analysis.evaluate.Misplacement;
import io.mdecomp.analysis.evaluate.Score;
import io.mdecomp.analysis.evaluate.Scope;
import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/** The JSON report of {@code evaluate} ({@code schemaVersion: 1}; docs/evaluate.md lists its keys). */
public final class EvaluationJsonRenderer implements Renderer<Evaluation> {

    @Override
    public void render(Evaluation evaluation, Writer out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeStringField("truth", evaluation.truth());
            json.writeObjectFieldStart("scored");
            for (Map.Entry<Scope, Integer> scope : evaluation.scored().entrySet()) {
                json.writeNumberField(scope.getKey().label(), scope.getValue());
            }
            json.writeEndObject();
            json.writeNumberField("shared", evaluation.shared());
            json.writeNumberField("unused", evaluation.unused());
            json.writeObjectFieldStart("services");
            for (Map.Entry<String, Integer> service : evaluation.services().entrySet()) {
                json.writeNumberField(service.getKey(), service.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("assignments");
            for (CandidateEvaluation candidate : evaluation.candidates()) {
                candidate(json, candidate);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void candidate(JsonGenerator json, CandidateEvaluation candidate) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", candidate.name());
        json.writeStringField("file", candidate.source());
        json.writeArrayFieldStart("scores");
        for (Score score : candidate.scores()) {
            json.writeStartObject();
            json.writeStringField("scope", score.scope().label());
            json.writeNumberField("components", score.components());
            json.writeNumberField("placed", score.placed());
            json.writeNumberField("correct", score.correct());
            Json.ratio(json, "accuracy", score.accuracy());
            Json.ratio(json, "mojoFm", score.mojoFm());
            Json.ratio(json, "adjustedRand", score.adjustedRand());
            json.writeArrayFieldStart("matching");
            for (OneToOneMatching.Pair pair : score.matching()) {
                json.writeStartObject();
                json.writeStringField("service", pair.a());
                json.writeStringField("truth", pair.b());
                json.writeNumberField("overlap", pair.overlap());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("misplaced");
        for (Misplacement wrong : candidate.misplaced()) {
            json.writeStartObject();
            component(json, wrong.component());
            json.writeStringField("truth", wrong.truth());
            optional(json, "placed", wrong.placed());
            optional(json, "matchedTo", wrong.matchedTo());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notInTruth");
        for (CandidateEvaluation.Stray stray : candidate.notInTruth()) {
            json.writeStartObject();
            component(json, stray.component());
            optional(json, "didYouMean", stray.didYouMean().map(ComponentKey::name));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void component(JsonGenerator json, ComponentKey component) throws IOException {
        json.writeStringField("component", component.name());
        json.writeStringField("kind", component.kind().yamlName());
    }

    private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }
}
