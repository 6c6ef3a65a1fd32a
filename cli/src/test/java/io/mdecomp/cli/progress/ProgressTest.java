package io.mdecomp.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.config.CliEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void showsNothingWhenStderrIsNotATerminal() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.start("work", 10, CliEnvironment.none(), false, new PrintWriter(err))) {
            progress.stepBy(5);
            assertThat(progress).isSameAs(Progress.none());
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void showsNothingInCiOrWithNoProgress() {
        CliEnvironment ci = new CliEnvironment(Map.of("CI", "true"), false, true);
        assertThat(Progress.start("w", 1, ci, false, new PrintWriter(new StringWriter()))).isSameAs(Progress.none());
        CliEnvironment terminal = new CliEnvironment(Map.of(), false, true);
        assertThat(Progress.start("w", 1, terminal, true, new PrintWriter(new StringWriter())))
                .isSameAs(Progress.none());
    }

    @Test
    void drawsABarOnATerminalAndClearsItAtTheEnd() {
        StringWriter err = new StringWriter();
        CliEnvironment terminal = new CliEnvironment(Map.of("COLUMNS", "60"), false, true);
        try (Progress progress = Progress.start("analyze", 4, terminal, false, new PrintWriter(err))) {
            progress.asCallback().accept(4);
        }
        assertThat(err.toString()).contains("\r", "analyze");
        assertThat(err.toString()).endsWith("\r");
    }
}
