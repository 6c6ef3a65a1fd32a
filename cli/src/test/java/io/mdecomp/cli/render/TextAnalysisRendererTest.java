package io.mdecomp.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.Golden;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextAnalysisRendererTest {

    private static String render(AnalysisView view, boolean color) throws IOException {
        StringWriter out = new StringWriter();
        new TextAnalysisRenderer(new RenderOptions(color)).render(view, out);
        return out.toString();
    }

    @Test
    void rendersHandBuiltReportAsGoldenText() throws IOException {
        Golden.assertMatches("analysis-shop.txt", render(SampleReports.shop(), false));
    }

    @Test
    void rendersQuietReportWithNoneForEmptySections() throws IOException {
        Golden.assertMatches("analysis-quiet.txt", render(SampleReports.quiet(), false));
    }

    @Test
    void usesNoEscapeCodesWithoutColour() throws IOException {
        assertThat(render(SampleReports.shop(), false)).doesNotContain("\u001b[");
    }

    @Test
    void coloursSeveritiesWhenAllowed() throws IOException {
        String text = render(SampleReports.shop(), true);
        assertThat(text).contains("\u001b[31merror\u001b[0m", "\u001b[33mwarning\u001b[0m",
                "\u001b[36mnote\u001b[0m");
    }

    @Test
    void colourDoesNotChangeTheTextOnceCodesAreRemoved() throws IOException {
        String coloured = render(SampleReports.shop(), true).replaceAll("\u001b\\[[0-9;]*m", "");
        assertThat(coloured).isEqualTo(render(SampleReports.shop(), false));
    }

    @Test
    void showsFindingLocationsAsFileLineColumn() throws IOException {
        assertThat(render(SampleReports.shop(), false)).contains("  model.yaml:22:9  error ", "MD001");
    }
}
