package io.mdecomp.cli.config;

import java.util.Map;
import java.util.Optional;

/**
 * What a run may know about the world outside its arguments: the environment variables and
 * whether standard output and standard error are terminals. {@code Main.main} builds it from the
 * process; tests pass their own, so nothing else reads the environment.
 *
 * @param variables        environment variables
 * @param stdoutIsTerminal standard output is a terminal (colour may be used)
 * @param stderrIsTerminal standard error is a terminal (a progress bar may be shown)
 */
public record CliEnvironment(Map<String, String> variables, boolean stdoutIsTerminal, boolean stderrIsTerminal) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** No variables and no terminals: plain, reproducible output. */
    public static CliEnvironment none() {
        return new CliEnvironment(Map.of(), false, false);
    }

    /** These variables, no terminals. */
    public static CliEnvironment of(Map<String, String> variables) {
        return new CliEnvironment(variables, false, false);
    }

    /** The value of variable {@code name}, when it is set and not blank. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    /** Colour in text written to stdout: a terminal, {@code NO_COLOR} unset and no {@code --no-color}. */
    public boolean colorOnStdout(boolean noColorOption) {
        return stdoutIsTerminal && !noColorOption && variable("NO_COLOR").isEmpty();
    }

    /** A progress bar on stderr: a terminal, {@code CI} unset and no {@code --no-progress}. */
    public boolean progressOnStderr(boolean noProgressOption) {
        return stderrIsTerminal && !noProgressOption && !variables.containsKey("CI");
    }
}
