package io.mdecomp.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.check.FailOn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliEnvironmentTest {

    @Test
    void coloursOnlyATerminalWithoutNoColor() {
        assertThat(new CliEnvironment(Map.of(), true, false).colorOnStdout(false)).isTrue();
        assertThat(new CliEnvironment(Map.of(), true, false).colorOnStdout(true)).isFalse();
        assertThat(new CliEnvironment(Map.of("NO_COLOR", "1"), true, false).colorOnStdout(false)).isFalse();
        assertThat(new CliEnvironment(Map.of(), false, true).colorOnStdout(false)).isFalse();
    }

    @Test
    void showsProgressOnlyOnATerminalOutsideCi() {
        assertThat(new CliEnvironment(Map.of(), false, true).progressOnStderr(false)).isTrue();
        assertThat(new CliEnvironment(Map.of(), false, true).progressOnStderr(true)).isFalse();
        assertThat(new CliEnvironment(Map.of("CI", "true"), false, true).progressOnStderr(false)).isFalse();
        assertThat(new CliEnvironment(Map.of(), true, false).progressOnStderr(false)).isFalse();
    }

    @Test
    void failOnFailsAtAndAboveItsLevel() {
        assertThat(FailOn.WARNING.fails(io.mdecomp.model.diagnostic.Severity.ERROR)).isTrue();
        assertThat(FailOn.WARNING.fails(io.mdecomp.model.diagnostic.Severity.WARNING)).isTrue();
        assertThat(FailOn.WARNING.fails(io.mdecomp.model.diagnostic.Severity.NOTE)).isFalse();
        assertThat(FailOn.NEVER.fails(io.mdecomp.model.diagnostic.Severity.ERROR)).isFalse();
    }
}
