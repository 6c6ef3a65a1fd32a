package io.mdecomp.importer.java.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.importer.java.source.FileKind;
import io.mdecomp.importer.java.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewFinderTest {

    private static SourceFile view(String name) {
        return new SourceFile(name, ".", FileKind.VIEW, "");
    }

    private static final SourceFile DETAILS = view("src/main/resources/templates/owners/ownerDetails.html");
    private static final SourceFile ERROR = view("src/main/resources/templates/error.html");
    private static final SourceFile MAIN = view("src/main/webapp/WEB-INF/jsp/catalog/Main.jsp");
    private static final SourceFile TOP = view("src/main/webapp/WEB-INF/jsp/common/IncludeTop.jsp");
    private static final List<SourceFile> VIEWS = List.of(DETAILS, ERROR, MAIN, TOP);

    @Test
    void matchesViewNamesWithOrWithoutTheExtension() {
        assertThat(ViewFinder.match("owners/ownerDetails", VIEWS, null)).containsExactly(DETAILS);
        assertThat(ViewFinder.match("/WEB-INF/jsp/catalog/Main.jsp", VIEWS, null)).containsExactly(MAIN);
        assertThat(ViewFinder.match("catalog/Main", VIEWS, null)).containsExactly(MAIN);
        assertThat(ViewFinder.match("forward:/error?code=1", VIEWS, null)).containsExactly(ERROR);
    }

    @Test
    void redirectsAndPartialNamesAreNotViews() {
        assertThat(ViewFinder.match("redirect:/owners/ownerDetails", VIEWS, null)).isEmpty();
        assertThat(ViewFinder.match("Details", VIEWS, null)).isEmpty();
        assertThat(ViewFinder.match("https://example.org/error", VIEWS, null)).isEmpty();
        assertThat(ViewFinder.match("", VIEWS, null)).isEmpty();
    }

    @Test
    void resolvesIncludesRelativeToTheIncludingFile() {
        assertThat(ViewFinder.match("../common/IncludeTop.jsp", VIEWS, MAIN)).containsExactly(TOP);
    }

    @Test
    void comparesHandlerPathsWithVariables() {
        assertThat(ViewFinder.samePath("/owners/{ownerId}/edit", "/owners/7/edit")).isTrue();
        assertThat(ViewFinder.samePath("/owners/{ownerId}/edit", "/owners/7/show")).isFalse();
        assertThat(ViewFinder.samePath("/owners/{ownerId}/edit", "/owners/{id}/edit")).isTrue();
        assertThat(ViewFinder.samePath("/owners/new", "/owners/new")).isTrue();
        assertThat(ViewFinder.samePath("/owners/new", "/owners")).isFalse();
    }

    @Test
    void matchesRelativeLinksByTheirLastSegments() {
        assertThat(ViewFinder.endsWithPath("/owners/{ownerId}/pets/new", "pets/new")).isTrue();
        assertThat(ViewFinder.endsWithPath("/owners/{ownerId}/pets/new", "7/pets/new")).isTrue();
        assertThat(ViewFinder.endsWithPath("/LoginServlet", "../LoginServlet")).isTrue();
        assertThat(ViewFinder.endsWithPath("/LoginServlet", "./LoginServlet")).isTrue();
        assertThat(ViewFinder.endsWithPath("/owners/new", "pets/new")).isFalse();
        assertThat(ViewFinder.endsWithPath("/new", "owners/new")).as("longer than the path").isFalse();
        assertThat(ViewFinder.endsWithPath("/owners", "..")).as("no segment left").isFalse();
    }
}
