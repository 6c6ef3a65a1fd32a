package io.mdecomp.cli.render.evaluate;

import io.mdecomp.analysis.evaluate.CandidateEvaluation;
import io.mdecomp.analysis.evaluate.Evaluation;
import io.mdecomp.analysis.evaluate.Misplacement;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.ci.MarkdownRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The Markdown report of {@code evaluate}: the score table, then each assignment's mistakes. */
public final class EvaluationMarkdownRenderer implements Renderer<Evaluation> {

    @Override
    public void render(Evaluation evaluation, Writer out) throws IOException {
        StringBuilder md = new StringBuilder("## mdecomp evaluate: `").append(evaluation.truth()).append("`\n\n");
        md.append(MarkdownRenderer.cell(Scores.summary(evaluation))).append(".\n\n");
        md.append("| ").append(String.join(" | ", Scores.HEADER)).append(" |\n")
                .append("|---|---|---:|---:|---:|---:|---:|\n");
        for (List<String> row : Scores.rows(evaluation)) {
            md.append("| ").append(String.join(" | ", row.stream().map(MarkdownRenderer::cell).toList()))
                    .append(" |\n");
        }
        for (CandidateEvaluation candidate : evaluation.candidates()) {
            md.append("\n**").append(MarkdownRenderer.cell(candidate.name())).append("** (`")
                    .append(candidate.source()).append("`): ")
                    .append(candidate.misplaced().isEmpty() ? "no component wrong" : candidate.misplaced().size()
                            + " wrong").append(".\n");
            for (Misplacement wrong : candidate.misplaced()) {
                md.append("- ").append(MarkdownRenderer.cell(Scores.misplacement(wrong))).append('\n');
            }
            for (CandidateEvaluation.Stray stray : candidate.notInTruth()) {
                md.append("- not in the truth: ").append(MarkdownRenderer.cell(Scores.stray(stray))).append('\n');
            }
        }
        out.write(md.toString());
    }
}
