package io.mdecomp.cli;

import io.mdecomp.model.diagnostic.MdecompException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Maps what a command throws to a message and an exit code: mdecomp's own user errors and I/O
 * problems with a file give 2, anything else 3. The stack trace only with {@code --verbose}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = isVerbose(parseResult);
        int code;
        if (exception instanceof MdecompException mdecomp) {
            err.println(mdecomp.getMessage());
            code = mdecomp.isUserError() ? ExitCode.BAD_INPUT : ExitCode.INTERNAL;
        } else if (exception instanceof UncheckedIOException io) {
            err.println("mdecomp: " + describe(io.getCause()));
            code = ExitCode.BAD_INPUT;
        } else if (exception instanceof java.io.IOException io) {
            err.println("mdecomp: " + describe(io));
            code = ExitCode.BAD_INPUT;
        } else {
            err.println(unexpected(exception, verbose));
            code = ExitCode.INTERNAL;
        }
        if (verbose) {
            exception.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * The message for what no handler expects (exit code 3): running out of memory, anywhere in
     * the causes (a replication on another thread), says how much the heap held and what to do;
     * anything else is an internal error.
     */
    static String unexpected(Throwable problem, boolean verbose) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return "mdecomp: out of memory: this run needs more than the Java heap's "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB. Give Java more with"
                        + " MDECOMP_JAVA_OPTS=-Xmx<size> (for example -Xmx8g), or make the run smaller";
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return "mdecomp: internal error: " + problem + (verbose ? "" : " (run again with --verbose for the stack trace)");
    }

    static String describe(java.io.IOException exception) {
        if (exception instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (exception instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        return String.valueOf(exception.getMessage());
    }

    private static boolean isVerbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null;
             result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
