package io.mdecomp.cli.render.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static String render(CiReport report) throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownRenderer().render(report, out);
        return out.toString();
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("check.md", render(CiFixtures.report()));
    }

    @Test
    void escapesTableCellsSoNamesCannotBreakTheTable() {
        assertThat(MarkdownRenderer.cell("a | b\nc <script>")).isEqualTo("a \\| b c &lt;script&gt;");
    }

    @Test
    void staysWithinAPullRequestCommentForAThousandFindings() throws IOException {
        CiReport base = CiFixtures.report();
        java.util.List<io.mdecomp.analysis.rules.Finding> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(new io.mdecomp.analysis.rules.Finding(io.mdecomp.analysis.rules.RuleId.MD008,
                    io.mdecomp.model.diagnostic.Severity.WARNING, "coupling of Service" + i + " is 0.9 above 0.5",
                    java.util.List.of("Service" + i), CiFixtures.AT, java.util.Optional.empty()));
        }
        CiReport big = new CiReport(base.command(), base.system(), base.modelUri(), base.diagram(), base.metrics(),
                io.mdecomp.analysis.check.CheckResult.of(many, io.mdecomp.analysis.check.Baseline.EMPTY,
                        io.mdecomp.analysis.check.FailOn.ERROR), base.settings(), base.version());
        String markdown = render(big);
        assertThat(markdown.length()).isLessThan(65_536);
        assertThat(markdown).contains("… and 900 more; see the SARIF or JSON report.");
    }
}
