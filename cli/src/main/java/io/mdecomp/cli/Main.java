package io.mdecomp.cli;

import io.mdecomp.cli.command.GenerateCompletionCommand;
import io.mdecomp.cli.command.MdecompCommand;
import io.mdecomp.cli.config.CliEnvironment;
import io.mdecomp.cli.config.SettingsLoader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point. {@link #run} parses the arguments, runs one command and returns its exit code
 * (0 success, 1 check failed, 2 bad usage or input, 3 internal error); only {@link #main} exits,
 * and only {@link #main} looks at the process environment.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Two lookups picocli makes at every start and mdecomp does not need (about a tenth of a
        // short command's start-up): its converters for java.sql and java.time types load and
        // initialize those classes (no option has such a type), and it looks for Groovy closures.
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        System.setProperty("picocli.disable.closures", "true");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliEnvironment environment = new CliEnvironment(System.getenv(), Terminals.isTerminal(1),
                Terminals.isTerminal(2));
        int code = run(out, err, environment, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs mdecomp with {@code args} and no environment (plain output); returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, CliEnvironment.none(), args);
    }

    /** Runs mdecomp with {@code args} in {@code environment}, writing to {@code out} and {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, CliEnvironment environment, String... args) {
        CommandLine commandLine = commandLine(out, err, environment, args);
        SettingsLoader.unknownVariables(environment.variables()).forEach(warning -> err.println(warning.format()));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            // What escapes picocli's own handling (an Error such as StackOverflowError): still a
            // short message and exit code 3, never a bare stack trace.
            boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
            err.println(ErrorReporter.unexpected(e, verbose));
            if (verbose) {
                e.printStackTrace(err);
            }
            code = ExitCode.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The configured picocli command tree with no environment, for tests and completion. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, CliEnvironment.none());
    }

    /** The configured picocli command tree with every command. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, CliEnvironment environment) {
        return commandLine(out, err, environment, new String[0]);
    }

    /**
     * The configured picocli command tree for a run with {@code args}: when they start with a
     * command's name, the root holds that command only (with its own subcommands), for
     * {@code --version} alone none, else all of them, for the root's help, its usage errors and the
     * completion script.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, CliEnvironment environment, String[] args) {
        CommandLine commandLine = new CommandLine(new MdecompCommand(environment));
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        if (!versionOnly) {
            addSubcommands(commandLine, MdecompCommand.SUBCOMMANDS, args, 0);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrorReporter());
        return commandLine;
    }

    /**
     * Adds to {@code parent} the one of {@code subcommands} that {@code args[depth]} names, with its
     * own subcommands added the same way, or all of them when it names none (for help, usage errors
     * and their suggestions). The completion script needs every command, so naming it adds all.
     */
    private static void addSubcommands(CommandLine parent, List<Class<?>> subcommands, String[] args, int depth) {
        String name = depth < args.length ? args[depth] : "";
        List<Class<?>> named = subcommands.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(name))
                .filter(c -> c != GenerateCompletionCommand.class)
                .toList();
        for (Class<?> subcommand : named.isEmpty() ? subcommands : named) {
            CommandLine child = new CommandLine(subcommand);
            addSubcommands(child, MdecompCommand.subcommandsOf(subcommand), named.isEmpty() ? new String[0] : args,
                    depth + 1);
            parent.addSubcommand(child);
        }
    }
}
