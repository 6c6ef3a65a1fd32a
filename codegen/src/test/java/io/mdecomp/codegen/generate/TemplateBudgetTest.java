package io.mdecomp.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.TestModels;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.pack.TemplatePack;
import io.mdecomp.model.diagnostic.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile templates end with a located {@code [template]} error, and FreeMarker logs nothing. */
class TemplateBudgetTest {

    private static final TemplateBudget QUICK = new TemplateBudget(400, 100_000, Duration.ofMillis(500));

    @TempDir
    Path dir;

    private TemplatePack pack(String template) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "name: hostile\ntemplates:\n  - {template: t.ftl, scope: system, output: out.txt}\n");
        Files.writeString(dir.resolve("t.ftl"), template);
        return new PackLoader().directory(dir);
    }

    private String file() throws IOException {
        return dir.toRealPath() + "/t.ftl";
    }

    @Test
    void anAttemptThatRecoversIsAWarningNotALogLine() throws IOException {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger freemarker = Logger.getLogger("freemarker");
        freemarker.addHandler(capture);
        try {
            TemplatePack pack = pack("a\n<#attempt><#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}"
                    + "<#recover>recovered</#attempt>\n");
            GeneratedFiles files = new Generator(pack).generate(TestModels.tiny());
            assertThat(files.content("out.txt")).isEqualTo("a\nrecovered\n");
            assertThat(files.warnings()).singleElement().hasToString(file() + ":2:11: warning: an #attempt block failed"
                    + " and its #recover part was used instead: Instantiating freemarker.template.utility.Execute is not"
                    + " allowed in the template for security reasons. [template]");
        } finally {
            freemarker.removeHandler(capture);
        }
        assertThat(logged).isEmpty();
    }

    @Test
    void endlessRecursionStopsAtTheDepthBudget() throws IOException {
        TemplatePack pack = pack("<#macro m>\n  <@m/>\n</#macro>\n<@m/>\n");
        assertThatThrownBy(() -> new Generator(pack).generate(TestModels.tiny())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file() + ":2:3: error: template elements nest deeper than 400 levels")
                .hasMessageEndingWith("[template]");
    }

    @Test
    void anAttemptCannotRecoverFromAnExhaustedBudget() throws IOException {
        TemplatePack pack = pack("<#macro m><@m/></#macro><#attempt><@m/><#recover>recovered</#attempt>");
        assertThatThrownBy(() -> new Generator(pack).generate(TestModels.tiny())).isInstanceOf(InputException.class)
                .hasMessageContaining("nest deeper than 400 levels");
    }

    @Test
    void deepButFiniteRecursionIsFine() throws IOException {
        TemplatePack pack = pack("<#macro m n><#if n gt 0>${n} <@m n - 1/></#if></#macro><@m 50/>");
        assertThat(new Generator(pack).generate(TestModels.tiny()).content("out.txt")).startsWith("50 49 ").endsWith(" 1 ");
    }

    @Test
    void aHugeLoopStopsAtTheTimeBudget() throws IOException {
        TemplatePack pack = pack("before\n<#list 1..2000000000 as i></#list>\n");
        assertThatThrownBy(() -> new Generator(pack, QUICK).generate(TestModels.tiny())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file() + ":2:1: error: the templates ran longer than the time budget")
                .hasMessageEndingWith("[template]");
    }

    @Test
    void aStringDoubledFortyTimesIsStopped() throws IOException {
        TemplatePack pack = pack("<#assign s = \"x\">\n<#list 1..40 as i><#assign s = s + s></#list>${s}");
        assertThatThrownBy(() -> new Generator(pack, QUICK).generate(TestModels.tiny())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file() + ":2:").hasMessageEndingWith("[template]");
    }

    @Test
    void tooMuchOutputStopsAtTheOutputBudget() throws IOException {
        TemplatePack pack = pack("<#list 1..2000000000 as i>0123456789</#list>");
        assertThatThrownBy(() -> new Generator(pack, QUICK).generate(TestModels.tiny())).isInstanceOf(InputException.class)
                .hasMessageContaining("the template wrote more than 100000 characters into one file");
    }

    @Test
    void outputBufferedByAnAttemptCountsToo() throws IOException {
        TemplatePack pack = pack("<#attempt><#list 1..2000000000 as i>0123456789</#list><#recover>r</#attempt>");
        assertThatThrownBy(() -> new Generator(pack, QUICK).generate(TestModels.tiny())).isInstanceOf(InputException.class)
                .hasMessageContaining("an #attempt block wrote more than 100000 characters");
    }

    @Test
    void endlessFunctionRecursionIsStoppedToo() throws IOException {
        TemplatePack pack = pack("<#function f n><#return f(n)></#function>${f(1)}");
        assertThatThrownBy(() -> new Generator(pack).generate(TestModels.tiny())).isInstanceOf(InputException.class)
                .hasMessageContaining("t.ftl:1:").hasMessageContaining("nest deeper than 400 levels");
    }

    @Test
    void aHostileWhenExpressionIsLocatedAtItsManifestEntry() throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "name: hostile\ntemplates:\n"
                + "  - {template: t.ftl, scope: system, output: out.txt, when: \"(1..300000000)?seq_contains(0)\"}\n");
        Files.writeString(dir.resolve("t.ftl"), "x");
        TemplatePack pack = new PackLoader().directory(dir);
        assertThatThrownBy(() -> new Generator(pack, QUICK).generate(TestModels.tiny())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.toRealPath() + "/pack.yaml:3:5: error: the 'when' of template 't.ftl'")
                .hasMessageContaining("ran longer than the time budget of 500 ms").hasMessageEndingWith("[template]");
    }
}
