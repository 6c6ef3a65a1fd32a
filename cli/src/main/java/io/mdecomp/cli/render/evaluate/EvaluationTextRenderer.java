package io.mdecomp.cli.render.evaluate;

import io.mdecomp.analysis.evaluate.CandidateEvaluation;
import io.mdecomp.analysis.evaluate.Evaluation;
import io.mdecomp.analysis.evaluate.Misplacement;
import io.mdecomp.cli.render.Ansi;
import io.mdecomp.cli.render.RenderOptions;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Table;
import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.List;

/**
 * The text report of {@code evaluate}: what the truth holds, a table of every assignment's scores
 * per scope, then for each assignment the best matching, the components it gets wrong and those
 * the truth does not list.
 */
public final class EvaluationTextRenderer implements Renderer<Evaluation> {

    private final Ansi ansi;

    public EvaluationTextRenderer(RenderOptions options) {
        this.ansi = new Ansi(options.color());
    }

    @Override
    public void render(Evaluation evaluation, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(ansi.apply(Ansi.Style.BOLD, "evaluated against " + evaluation.truth())).append(": ")
                .append(Scores.summary(evaluation)).append("\n\n");
        List<Table.Align> aligns = new java.util.ArrayList<>(List.of(Table.Align.LEFT, Table.Align.LEFT));
        aligns.addAll(Collections.nCopies(Scores.HEADER.size() - 2, Table.Align.RIGHT));
        Table table = new Table(Scores.HEADER, aligns);
        Scores.rows(evaluation).forEach(table::row);
        table.lines("", ansi).forEach(line -> text.append(line).append('\n'));
        for (CandidateEvaluation candidate : evaluation.candidates()) {
            text.append('\n').append(ansi.apply(Ansi.Style.BOLD, candidate.name())).append(" (")
                    .append(candidate.source()).append(")\n");
            text.append("  matching: ").append(orNone(Scores.matching(candidate))).append('\n');
            List<Misplacement> placedWrong = candidate.misplaced().stream().filter(m -> m.placed().isPresent())
                    .toList();
            List<String> unplaced = candidate.misplaced().stream().filter(m -> m.placed().isEmpty())
                    .map(m -> m.component().toString()).toList();
            text.append("  misplaced: ").append(placedWrong.isEmpty() ? "none" : placedWrong.size()).append('\n');
            for (Misplacement wrong : placedWrong) {
                text.append("    ").append(Scores.misplacement(wrong)).append('\n');
            }
            text.append("  unplaced: ").append(unplaced.isEmpty() ? "none" : unplaced.size() + ": "
                    + String.join(", ", unplaced)).append('\n');
            if (!candidate.notInTruth().isEmpty()) {
                text.append("  ").append(ansi.apply(Ansi.Style.YELLOW, "not in the truth")).append(": ");
                text.append(String.join("; ", candidate.notInTruth().stream().map(Scores::stray).toList()))
                        .append('\n');
            }
        }
        out.write(text.toString());
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "none" : text;
    }
}
