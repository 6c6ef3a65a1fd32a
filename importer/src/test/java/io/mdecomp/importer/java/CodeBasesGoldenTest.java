package io.mdecomp.importer.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole model and report of each small code base, checked against reviewed golden files; the
 * hand-worked facts they must contain are asserted one by one in {@link FrameworkFamiliesTest}.
 */
class CodeBasesGoldenTest {

    static Stream<String> codeBases() {
        return CodeBases.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeBases")
    void writesTheReviewedModelAndReportTheSameEveryTime(String name) {
        JavaImport result = CodeBases.load(name);
        Golden.assertMatches("codebases/" + name + ".yaml", result.yaml());
        Golden.assertMatches("codebases/" + name + ".md", result.reportMarkdown());
        DomainModel read = ModelReader.readString(name + ".yaml", result.yaml());
        assertThat(read.entities().map(e -> e.name())).containsExactlyElementsOf(
                result.model().entities().map(e -> e.name()).toList());
        assertThat(read.components()).hasSameSizeAs(result.model().components());
        assertThat(read.useCases()).hasSameSizeAs(result.model().useCases());
        JavaImport again = CodeBases.load(name);
        assertThat(again.yaml()).isEqualTo(result.yaml());
        assertThat(again.reportMarkdown()).isEqualTo(result.reportMarkdown());
    }
}
