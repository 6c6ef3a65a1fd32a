package io.mdecomp.importer.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.importer.java.assemble.ServicesBy;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources the importer cannot read give located errors, all at once, and no model. */
class BadInputTest {

    @TempDir
    Path root;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private List<String> errors(Path... roots) {
        try {
            JavaImporter.importJava(List.of(roots), ServicesBy.SINGLE);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected an InputException");
    }

    @Test
    void reportsJavaThatDoesNotParseAtItsPosition() throws IOException {
        write("src/main/java/a/Good.java", "package a;\nclass Good {}\n");
        write("src/main/java/a/Broken.java", "package a;\n\nclass Broken {\n    void f( {\n    }\n}\n");
        assertThat(errors(root)).isNotEmpty().allSatisfy(e -> assertThat(e)
                .startsWith("src/main/java/a/Broken.java:4:").contains("error: not valid Java 21: ")
                .endsWith("; fix the file or leave its directory out [java-syntax]"));
    }

    /** Nesting deeper than the recursive parser's stack is an error of that file, not the end of the run. */
    @Test
    void reportsFilesNestedTooDeeplyToParse() throws IOException {
        write("src/main/java/a/Good.java", "package a;\nclass Good {}\n");
        write("src/main/java/a/Parens.java", "package a; class Parens { int x = " + "(".repeat(100_000) + "1"
                + ")".repeat(100_000) + "; }\n");
        write("src/main/java/a/Classes.java", "package a; " + "class C { ".repeat(20_000) + "}".repeat(20_000) + "\n");
        String nested = ": error: nested too deeply to read (classes, blocks or expressions inside each other thousands"
                + " of levels deep); fix the file or leave its directory out [java-syntax]";
        assertThat(errors(root)).containsExactly("src/main/java/a/Classes.java:1:1" + nested,
                "src/main/java/a/Parens.java:1:1" + nested);
    }

    @Test
    void reportsAFileThatIsNotUtf8WithTheLineAndColumnOfTheBadByte() throws IOException {
        byte[] latin1 = "package a;\n// caf\u00e9\nclass A {}\n".getBytes(StandardCharsets.ISO_8859_1);
        write("src/A.java", latin1);
        assertThat(errors(root)).containsExactly("src/A.java:2:7: error: file is not valid UTF-8: byte 0xE9 at offset"
                + " 17 cannot be decoded; save the file as UTF-8 [encoding]");
    }

    @Test
    void refusesUtf16() throws IOException {
        write("A.java", "\uFEFFclass A {}".getBytes(StandardCharsets.UTF_16));
        assertThat(errors(root)).containsExactly("A.java:1:1: error: file is UTF-16 encoded; save it as UTF-8 [encoding]");
    }

    @Test
    void refusesAFileInsteadOfADirectory() throws IOException {
        Path file = write("A.java", "class A {}");
        assertThat(errors(file)).containsExactly(file + ": error: is a file, not a directory; pass the directory that"
                + " holds the sources (e.g. the project's root or its src/main) [io]");
    }

    @Test
    void refusesAMissingDirectory() {
        Path missing = root.resolve("nowhere");
        assertThat(errors(missing)).containsExactly(missing + ": error: no such directory; pass the directory that"
                + " holds the sources [io]");
    }

    @Test
    void refusesATreeWithoutJavaSources() throws IOException {
        write("src/test/java/a/OnlyATest.java", "class OnlyATest {}");
        write("README.md", "# nothing");
        assertThat(errors(root)).containsExactly(root + ": error: no Java sources found (test sources and build"
                + " output are not read); pass the directory that holds the application's sources [empty]");
    }

    @Test
    void reportsAMalformedMapperAtItsLine() throws IOException {
        write("A.java", "class A {}");
        write("m/AMapper.xml", "<?xml version=\"1.0\"?>\n<mapper namespace=\"A\">\n  <select id=\"x\">\n</mapper>\n");
        assertThat(errors(root)).singleElement().satisfies(e -> assertThat(e).startsWith("m/AMapper.xml:4:")
                .contains("error: not well-formed XML: ").endsWith("[xml-syntax]"));
    }

    @Test
    void leavesOtherXmlAloneEvenWhenItIsBroken() throws IOException {
        write("A.java", "class A {}");
        write("config/other.xml", "<settings><unclosed></settings>");
        assertThat(JavaImporter.importJava(List.of(root), ServicesBy.SINGLE).model().components()).hasSize(1);
    }

    @Test
    void stopsAnEntityExpansionBombInAMapper() throws IOException {
        write("A.java", "class A {}");
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE mapper [\n<!ENTITY a0 \"lol\">\n");
        for (int i = 1; i < 12; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"");
            bomb.append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<mapper namespace=\"A\"><select id=\"x\">&a11;</select></mapper>\n");
        write("BombMapper.xml", bomb.toString());
        assertThat(errors(root)).singleElement().satisfies(e -> assertThat(e).startsWith("BombMapper.xml:")
                .endsWith("[xml-syntax]"));
    }

    @Test
    void reportsEveryBadFileAtOnce() throws IOException {
        write("a/One.java", "class One {");
        write("b/Two.java", "package b; class Two { int x = ; }");
        write("c/Three.java", new byte[] {'c', 'l', 'a', 's', 's', ' ', (byte) 0xFF});
        List<String> errors = errors(root);
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("a/One.java:"))
                .anySatisfy(e -> assertThat(e).startsWith("b/Two.java:1:"))
                .anySatisfy(e -> assertThat(e).startsWith("c/Three.java:1:7: error: file is not valid UTF-8"));
    }

    @Test
    void anEmptyListOfRootsIsAProgrammingError() {
        assertThatThrownBy(() -> JavaImporter.importJava(List.of(), ServicesBy.SINGLE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
