package io.mdecomp.cli.progress;

import io.mdecomp.cli.config.CliEnvironment;
import java.io.PrintWriter;
import java.util.function.LongConsumer;

/**
 * Progress of one task with a known number of steps. Hand {@link #asCallback()} to library code
 * that reports how far it got; close it when the work ends (try-with-resources), which also
 * clears the bar. When a bar is not allowed the instance does nothing, so callers need no checks.
 */
public interface Progress extends AutoCloseable {

    /** Sets the number of steps done so far. */
    void stepTo(long done);

    /** Adds {@code steps} steps. */
    void stepBy(long steps);

    /** Ends the task and removes the bar. */
    @Override
    void close();

    /** {@link #stepTo} as a plain callback for library modules, which know nothing of the bar. */
    default LongConsumer asCallback() {
        return this::stepTo;
    }

    /** A progress that shows nothing. */
    static Progress none() {
        return NoProgress.INSTANCE;
    }

    /**
     * A bar named {@code task} of {@code total} steps on {@code err} when
     * {@link CliEnvironment#progressOnStderr} allows one, else {@link #none()}.
     */
    static Progress start(String task, long total, CliEnvironment environment, boolean noProgressOption,
                          PrintWriter err) {
        if (!environment.progressOnStderr(noProgressOption)) {
            return none();
        }
        int columns = environment.variable("COLUMNS").map(Progress::parseColumns).orElse(80);
        return new BarProgress(task, total, err, columns);
    }

    private static int parseColumns(String text) {
        try {
            return Math.max(20, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
