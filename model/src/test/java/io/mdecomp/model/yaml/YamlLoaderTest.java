package io.mdecomp.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlLoaderTest {

    @TempDir
    Path dir;

    private static Diagnostic failure(Runnable load) {
        try {
            load.run();
        } catch (InputException e) {
            assertThat(e.diagnostics()).hasSize(1);
            return e.diagnostics().get(0);
        }
        throw new AssertionError("expected an InputException");
    }

    private static Diagnostic parseFailure(String text) {
        return failure(() -> YamlLoader.parse("m.yaml", text));
    }

    @Test
    void suggestsQuotingABracedPathInsideAFlowMapping() {
        Diagnostic d = parseFailure("paths:\n  - {name: get, path: /orders/{id}, method: GET}\n");
        assertThat(d.format()).isEqualTo("m.yaml:2:31: error: YAML syntax error: expected ',' or '}', but got {"
                + " (while parsing a flow mapping started at line 2, column 5); an unquoted path with braces such as"
                + " /orders/{id} breaks a flow mapping {...}: quote it, e.g. path: \"/orders/{id}\" [syntax]");
    }

    @Test
    void saysWhichLineToIndentWhenALineDoesNotLineUp() {
        assertThat(parseFailure("services:\n  - name: A\n   context: X\n").format()).isEqualTo("m.yaml:3:4: error:"
                + " YAML syntax error: check the indentation of line 3: this key is indented 3 spaces, which does not"
                + " line up with the lines of the list that starts at line 2, column 3; the lines above are indented"
                + " 0, 2 or 4 spaces [syntax]");
        assertThat(parseFailure("services:\n  - name: A\n    endpoints:\n      - name: x\n      path: /x\n").format())
                .isEqualTo("m.yaml:5:7: error: YAML syntax error: check the indentation of line 5: this key is indented"
                        + " 6 spaces, which does not line up with the lines of the list that starts at line 4, column 7;"
                        + " the lines above are indented 0, 2, 4 or 8 spaces [syntax]");
        assertThat(parseFailure("a:\n  - x\n  - y\n # note\n - z\n").format()).startsWith("m.yaml:5:2: error:"
                + " YAML syntax error: check the indentation of line 5: this list item is indented 1 space");
    }

    @Test
    void anOverIndentedLineIsNotBlamedOnAColonInAValue() {
        assertThat(parseFailure("services:\n  - name: A\n    context: X\n     team: t\n").format()).isEqualTo(
                "m.yaml:4:6: error: YAML syntax error: check the indentation of line 4: it is indented more than line 3,"
                        + " so it reads as the rest of that line's value; the lines above are indented 0, 2 or 4 spaces"
                        + " [syntax]");
    }

    @Test
    void aKeyWithoutColonIsReportedAtItsLineNotTheNext() {
        assertThat(parseFailure("services:\n  - name: A\n    context X\n    team: t\n").format()).isEqualTo(
                "m.yaml:3:5: error: YAML syntax error: line 3 has no ': ' after its key, or line 4 is indented wrongly:"
                        + " write 'key: value', and check the indentation of line 4 (the lines above are indented 0 or 2"
                        + " spaces) [syntax]");
    }

    @Test
    void acceptsAQuotedBracedPath() {
        YamlDocument doc = YamlLoader.parse("m.yaml", "paths:\n  - {name: get, path: \"/orders/{id}\"}\n");
        assertThat(doc.root()).isNotNull();
    }

    @Test
    void locatesAnUnclosedFlowSequence() {
        assertThat(parseFailure("a: [1, 2\n").format()).isEqualTo("m.yaml:2:1: error: YAML syntax error: expected"
                + " ',' or ']', but got <stream end> (while parsing a flow sequence started at line 1, column 4) [syntax]");
    }

    @Test
    void explainsTabsUsedForIndentation() {
        Diagnostic d = parseFailure("a:\n\tb: 1\n");
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(d.message()).contains("TAB").contains("indentation");
    }

    @Test
    void explainsAColonInsideAPlainValue() {
        Diagnostic d = parseFailure("description: note: this breaks\n");
        assertThat(d.format()).isEqualTo("m.yaml:1:18: error: YAML syntax error: mapping values are not allowed"
                + " here; a plain value cannot contain ': ', so quote the value, or check this line's indentation [syntax]");
    }

    @Test
    void refusesMoreThanOneDocument() {
        Diagnostic d = parseFailure("a: 1\n---\nb: 2\n");
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(d.message()).contains("more than one YAML document");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.yaml"), "  \n# nothing here\n");
        Diagnostic d = failure(() -> YamlLoader.load(file));
        assertThat(d.format()).isEqualTo(file + ":1:1: error: file is empty; it holds no YAML document [empty]");
    }

    @Test
    void refusesADirectoryAndPointsAtTheModelInside() throws IOException {
        Files.writeString(dir.resolve("model.yaml"), "a: 1\n");
        Diagnostic d = failure(() -> YamlLoader.load(dir));
        assertThat(d.format()).isEqualTo(dir + ": error: is a directory, not a file; did you mean '"
                + dir.resolve("model.yaml") + "'? [io]");
    }

    @Test
    void refusesAMissingFile() {
        Path file = dir.resolve("nope.yaml");
        assertThat(failure(() -> YamlLoader.load(file)).format()).isEqualTo(file + ": error: no such file [io]");
    }

    @Test
    void locatesTheFirstByteThatIsNotUtf8() throws IOException {
        byte[] latin1 = "system: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.yaml"), latin1);
        assertThat(failure(() -> YamlLoader.load(file)).format()).isEqualTo(file + ":1:12: error: file is not"
                + " valid UTF-8: byte 0xE9 at offset 11 cannot be decoded; save the file as UTF-8 [encoding]");
    }

    @Test
    void locatesABadByteOnALaterLineAfterMultibyteCharacters() throws IOException {
        byte[] head = "a: \u00fc\u00fc\nb: x".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        Path file = Files.write(dir.resolve("bad.yaml"), bytes);
        assertThat(failure(() -> YamlLoader.load(file)).location().toString()).isEqualTo(file + ":2:5");
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws IOException {
        byte[] body = "a: 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path file = Files.write(dir.resolve("bom.yaml"), bytes);
        assertThat(YamlLoader.load(file).text()).isEqualTo("a: 1\n");
    }

    @Test
    void refusesUtf16() throws IOException {
        Path file = Files.write(dir.resolve("utf16.yaml"), "a: 1\n".getBytes(StandardCharsets.UTF_16));
        assertThat(failure(() -> YamlLoader.load(file)).message()).isEqualTo("file is UTF-16 encoded; save it as UTF-8");
    }

    @Test
    void refusesAControlCharacterWithItsPosition() {
        assertThat(parseFailure("a: 1\nb: \"x\u0001\"\n").format())
                .isEqualTo("m.yaml:2:6: error: character U+0001 is not allowed in YAML; remove it [syntax]");
    }

    @Test
    void refusesADocumentOverTheSizeLimit() {
        YamlLimits small = YamlLimits.DEFAULT.withMaxCodePoints(100);
        Diagnostic d = failure(() -> YamlLoader.parse("m.yaml", "a: " + "x".repeat(200) + "\n", small));
        assertThat(d.format()).isEqualTo("m.yaml: error: document is too large (204 characters); the limit is 100 [limit]");
    }

    @Test
    void refusesAHugeFileBeforeReadingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("huge.yaml"), "a: " + "x".repeat(1000) + "\n");
        Diagnostic d = failure(() -> YamlLoader.load(file, YamlLimits.DEFAULT.withMaxCodePoints(100)));
        assertThat(d.message()).isEqualTo("file is too large (1004 bytes); the limit is 400 bytes");
    }

    @Test
    void locatesNestingBeyondTheLimit() {
        // the root mapping is level 1, so the 50th bracket (column 53) is level 51
        String deep = "a: " + "[".repeat(60) + "]".repeat(60) + "\n";
        assertThat(parseFailure(deep).format())
                .isEqualTo("m.yaml:1:53: error: collections are nested more than 50 levels deep [limit]");
    }

    @Test
    void survivesVeryDeepNestingWithoutAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(parseFailure(deep).code()).isEqualTo("limit");
    }

    @Test
    void refusesAnAliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(String.join(", ", java.util.Collections.nCopies(10, "*" + previous)));
            bomb.append("]\n");
        }
        Diagnostic d = parseFailure(bomb.toString());
        assertThat(d.format()).isEqualTo("m.yaml:4:28: error: more than 25 aliases to lists or mappings (an alias"
                + " bomb?); write the values out instead [limit]");
    }

    @Test
    void allowsAFewAliases() {
        YamlDocument doc = YamlLoader.parse("m.yaml", "d: &d {instances: 2}\na: *d\nb: *d\n");
        assertThat(doc.file()).isEqualTo("m.yaml");
    }

    @Test
    void reportsDuplicateKeysWithBothLines() {
        DiagnosticCollector problems = new DiagnosticCollector("m.yaml");
        YamlLoader.parse("m.yaml", "a: 1\nb: 2\na: 3\n").root(problems).asMap();
        assertThat(problems.diagnostics()).extracting(Diagnostic::format).isEqualTo(List.of(
                "m.yaml:3:1: error: duplicate key 'a' in the document (first at line 1) [duplicate-key]"));
    }
}
