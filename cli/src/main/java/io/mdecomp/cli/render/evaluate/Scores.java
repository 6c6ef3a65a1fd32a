package io.mdecomp.cli.render.evaluate;

import io.mdecomp.analysis.evaluate.CandidateEvaluation;
import io.mdecomp.analysis.evaluate.Evaluation;
import io.mdecomp.analysis.evaluate.Misplacement;
import io.mdecomp.analysis.evaluate.Score;
import io.mdecomp.analysis.evaluate.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The wording and number formats the text and Markdown reports of an evaluation share. */
final class Scores {

    /** The columns of the score table. */
    static final List<String> HEADER = List.of("scope", "assignment", "placed", "correct", "accuracy", "MoJoFM",
            "ARI");

    private Scores() {
    }

    /** One row per scope and assignment, scopes in order, assignments as given. */
    static List<List<String>> rows(Evaluation evaluation) {
        List<List<String>> rows = new ArrayList<>();
        for (Scope scope : evaluation.scored().keySet()) {
            for (CandidateEvaluation candidate : evaluation.candidates()) {
                Score score = candidate.score(scope).orElseThrow();
                rows.add(List.of(scope.label(), candidate.name(), score.placed() + "/" + score.components(),
                        String.valueOf(score.correct()), ratio(score.accuracy()),
                        String.format(Locale.ROOT, "%.1f%%", score.mojoFm()), ratio(score.adjustedRand())));
            }
        }
        return rows;
    }

    /** {@code 52 components scored in 4 services (23 class, 13 table, 16 view); left out: 6 shared (C), 0 unused (N/U)}. */
    static String summary(Evaluation evaluation) {
        String kinds = evaluation.scored().entrySet().stream().filter(e -> e.getKey() != Scope.ALL)
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
        return evaluation.scored().get(Scope.ALL) + " components scored in " + evaluation.services().size()
                + " services (" + kinds + "); left out: " + evaluation.shared() + " shared (C), "
                + evaluation.unused() + " unused (N/U)";
    }

    /** {@code Item (class): truth 3, placed in CartService (matched to 2)}. */
    static String misplacement(Misplacement wrong) {
        String where = wrong.placed().map(p -> "placed in " + p + wrong.matchedTo()
                .map(m -> " (matched to " + m + ")").orElse(" (matched to no true service)"))
                .orElse("unplaced");
        return wrong.component() + ": truth " + wrong.truth() + ", " + where;
    }

    /** {@code PetTypeFormatter (class), did you mean PetTypeFormattor?}. */
    static String stray(CandidateEvaluation.Stray stray) {
        return stray.component() + stray.didYouMean().map(k -> ", did you mean " + k.name() + "?").orElse("");
    }

    /** The matching over all components: {@code CartService → 2 (5), ...}. */
    static String matching(CandidateEvaluation candidate) {
        return candidate.score(Scope.ALL).orElseThrow().matching().stream()
                .map(p -> p.a() + " → " + p.b() + " (" + p.overlap() + ")").collect(Collectors.joining(", "));
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
