package io.mdecomp.simulator.sweep;

import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.ParallelRuns;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.result.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the runs of one shard of a sweep, each an independent simulation with its own seed, on
 * {@code threads} threads. The records come back in run order whatever order the runs finished
 * in, so the result does not depend on the number of threads.
 */
public final class SweepRunner {

    private SweepRunner() {
    }

    /** Told after each finished run, from the thread that ran it. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (done, total) -> { };

        void finished(long done, long total);
    }

    /** The numbers of the runs of {@code shard}, in order. */
    public static List<Long> runs(SweepHeader header, Shard shard) {
        List<Long> runs = new ArrayList<>();
        for (long run = shard.index(); run < header.runs(); run += shard.count()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * Runs shard {@code shard} of {@code plan} on {@code threads} threads and returns its records in
     * run order. The first failure (in run order) is thrown as it was thrown by the simulator.
     */
    public static List<RunRecord> run(DomainModel model, SweepPlan plan, Shard shard, int threads, Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        List<Long> runs = runs(plan.header(), shard);
        AtomicLong done = new AtomicLong();
        long total = runs.size();
        return ParallelRuns.map(runs.size(), threads, i -> {
            RunRecord record = runOne(model, plan, runs.get(i));
            listener.finished(done.incrementAndGet(), total);
            return record;
        });
    }

    /** Runs run {@code run} of {@code plan} and returns its record. */
    public static RunRecord runOne(DomainModel model, SweepPlan plan, long run) {
        SweepHeader.RunKey key = plan.header().run(run);
        long seed = plan.seed(key);
        ScenarioResult result = Simulator.run(model, plan.scenario(key), RunOptions.DEFAULTS);
        return RunRecord.of(run, seed, result);
    }
}
