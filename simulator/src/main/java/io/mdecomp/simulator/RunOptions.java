package io.mdecomp.simulator;

import io.mdecomp.simulator.trace.TraceOutput;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How to run scenarios.
 *
 * @param seed         replaces every scenario's seed when present
 * @param replications independent runs per scenario (>= 1)
 * @param progress     told how far the runs are
 * @param traces       where to write the sampled requests of the first replication as spans; only
 *                     for a single scenario
 * @param threads      how many replications may run at once (>= 1); the results do not depend on it
 */
public record RunOptions(OptionalLong seed, int replications, Progress progress, Optional<TraceOutput> traces,
                         int threads) {

    public static final RunOptions DEFAULTS = new RunOptions(OptionalLong.empty(), 1, Progress.NONE);

    /** Options without traces, running one replication at a time. */
    public RunOptions(OptionalLong seed, int replications, Progress progress) {
        this(seed, replications, progress, Optional.empty(), 1);
    }

    /** The most replications of one scenario. */
    public static final int MAX_REPLICATIONS = 10_000;

    public RunOptions {
        Objects.requireNonNull(seed, "seed");
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException("replications must lie in [1, " + MAX_REPLICATIONS + "], got "
                    + replications);
        }
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(traces, "traces");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** The same options, writing traces to {@code output}. */
    public RunOptions withTraces(TraceOutput output) {
        return new RunOptions(seed, replications, progress, Optional.of(output), threads);
    }

    /** The same options, running up to {@code count} replications at once. */
    public RunOptions withThreads(int count) {
        return new RunOptions(seed, replications, progress, traces, count);
    }

    /**
     * Receives progress: the scenario and replication running and the share of its simulated time done;
     * with more than one thread, from the threads running the replications, in any order.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (scenario, replication, fraction) -> { };

        void update(String scenario, int replication, double fraction);
    }
}
