package io.mdecomp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.cli.command.MdecompCommand;
import io.mdecomp.cli.config.CliEnvironment;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Exit codes and messages of SPEC §2 for what every command shares. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Runs a test-only command {@code probe} that calls {@code body}, through the real error handling. */
    private int runProbe(Callable<Integer> body, String... args) {
        CommandLine commandLine = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
        commandLine.addSubcommand("probe", new Probe(body));
        // Settings made before a subcommand is added do not reach it: set the writers again.
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }

    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        private final Callable<Integer> body;

        @CommandLine.Option(names = "--verbose")
        boolean verbose;

        Probe(Callable<Integer> body) {
            this.body = body;
        }

        @Override
        public Integer call() throws Exception {
            return body.call();
        }
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: mdecomp", "generate-completion");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void versionExitsZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("mdecomp ");
    }

    @Test
    void noCommandIsBadUsage() {
        assertThat(run()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("a command is required", "--help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownCommandIsBadUsageWithASuggestion() {
        assertThat(run("generate-completoin")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Unmatched argument", "generate-completion");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertThat(run("--frobnicate")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--frobnicate");
    }

    @Test
    void completionScriptIsPrinted() {
        assertThat(run("generate-completion")).isZero();
        assertThat(out.toString()).contains("complete -F", "mdecomp");
    }

    @Test
    void inputProblemsExitTwoWithAllDiagnosticsOnStderrAndNothingOnStdout() {
        int code = runProbe(() -> {
            throw new InputException(java.util.List.of(
                    Diagnostic.error(new SourceLocation("m.yaml", 3, 5), "ref", "unknown entity 'Ordr'"),
                    Diagnostic.error(new SourceLocation("m.yaml", 1, 1), "type", "expected a mapping")));
        }, "probe");
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("m.yaml:1:1: error: expected a mapping [type]\n"
                + "m.yaml:3:5: error: unknown entity 'Ordr' [ref]\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingFileExitsTwoWithAClearMessage() {
        int code = runProbe(() -> {
            throw new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("nope.yaml"));
        }, "probe");
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("mdecomp: nope.yaml: no such file\n");
    }

    @Test
    void internalErrorExitsThreeWithAShortMessageAndNoStackTrace() {
        int code = runProbe(() -> {
            throw new IllegalStateException("broken invariant");
        }, "probe");
        assertThat(code).isEqualTo(ExitCode.INTERNAL);
        assertThat(err.toString()).isEqualTo("mdecomp: internal error: java.lang.IllegalStateException: "
                + "broken invariant (run again with --verbose for the stack trace)\n");
    }

    @Test
    void runningOutOfMemorySaysHowToGiveJavaMore() {
        int code = runProbe(() -> {
            // As a replication on another thread reports it: wrapped.
            throw new IllegalStateException(new OutOfMemoryError("Java heap space"));
        }, "probe");
        assertThat(code).isEqualTo(ExitCode.INTERNAL);
        assertThat(err.toString()).startsWith("mdecomp: out of memory: this run needs more than the Java heap's ")
                .contains("MDECOMP_JAVA_OPTS=-Xmx").doesNotContain("internal error", "\tat ");
        assertThat(ErrorReporter.unexpected(new OutOfMemoryError("Java heap space"), false))
                .startsWith("mdecomp: out of memory");
        assertThat(ErrorReporter.unexpected(new StackOverflowError(), false))
                .isEqualTo("mdecomp: internal error: java.lang.StackOverflowError (run again with --verbose for the"
                        + " stack trace)");
    }

    @Test
    void internalErrorShowsTheStackTraceWithVerbose() {
        int code = runProbe(() -> {
            throw new IllegalStateException("broken invariant");
        }, "probe", "--verbose");
        assertThat(code).isEqualTo(ExitCode.INTERNAL);
        assertThat(err.toString()).contains("broken invariant", "\tat ");
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        CliEnvironment none = CliEnvironment.none();
        CommandLine scenarios = Main.commandLine(o, e, none, new String[] {"simulate", "scenarios", "m.yaml", "s.yaml"});
        assertThat(scenarios.getSubcommands()).containsOnlyKeys("simulate");
        assertThat(scenarios.getSubcommands().get("simulate").getSubcommands()).containsOnlyKeys("scenarios");
        for (String[] args : new String[][] {{"simulate"}, {"simulate", "--help"}, {"simulate", "scenarioz"}}) {
            assertThat(Main.commandLine(o, e, none, args).getSubcommands().get("simulate").getSubcommands())
                    .as(String.join(" ", args)).containsOnlyKeys("scenarios", "compare");
        }
        assertThat(Main.commandLine(o, e, none, new String[] {"generate-completion"}).getSubcommands()
                .get("simulate").getSubcommands()).containsOnlyKeys("scenarios", "compare");
        assertThat(Main.commandLine(o, e, none, new String[] {"--version"}).getSubcommands()).isEmpty();
        for (String[] args : new String[][] {{}, {"--help"}, {"simulat"}, {"generate-completion"}, {"-V", "x"}}) {
            assertThat(Main.commandLine(o, e, none, args).getSubcommands()).as(String.join(" ", args))
                    .hasSize(MdecompCommand.SUBCOMMANDS.size())
                    .containsKeys("validate", "analyze", "simulate", "sweep", "generate-completion");
        }
    }

    @Test
    void theCompletionScriptCoversEveryCommand() {
        assertThat(run("generate-completion")).isZero();
        assertThat(out.toString()).contains("analyze", "propose", "simulate", "sweep", "scenarios", "--replications");
    }
}
