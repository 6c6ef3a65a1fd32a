package io.mdecomp.model.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.format.ModelReader;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    private static final SourceLocation AT = new SourceLocation("model.yaml", 3, 5);

    @Test
    void formatsLocationSeverityMessageAndCode() {
        assertThat(Diagnostic.error(AT, "ref", "unknown entity 'Ordr'").format())
                .isEqualTo("model.yaml:3:5: error: unknown entity 'Ordr' [ref]");
    }

    @Test
    void writesCharactersATerminalWouldActOnAsEscapes() {
        String hostile = "a\u2028b\u2029c\u0000d\u001be\u202ef\u200bg\u0085h";
        assertThat(Diagnostic.error(AT, "unknown-key", "unknown key '" + hostile + "'").format())
                .isEqualTo("model.yaml:3:5: error: unknown key"
                        + " 'a\\u2028b\\u2029c\\u0000d\\u001Be\\u202Ef\\u200Bg\\u0085h' [unknown-key]");
    }

    @Test
    void keepsNewlinesTabsAndOrdinaryUnicode() {
        String message = "Bestellübersicht\tand\nnext line, 注文";
        assertThat(Diagnostic.visible(message)).isSameAs(message);
    }

    @Test
    void aKeyWithALineSeparatorIsReportedOnOneLine() {
        String yaml = "system: s\nversion: 1\n\"bad\\u2028key\": 1\ndomains: []\nservices: []\n";
        InputException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> ModelReader.readString("model.yaml", yaml), InputException.class);
        assertThat(failure.diagnostics()).isNotEmpty();
        assertThat(failure.diagnostics()).allSatisfy(d -> assertThat(d.format()).doesNotContain("\u2028"));
        assertThat(failure.diagnostics()).anySatisfy(d -> assertThat(d.format()).contains("\\u2028"));
    }
}
