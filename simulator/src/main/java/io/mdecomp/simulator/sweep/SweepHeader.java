package io.mdecomp.simulator.sweep;

import java.util.List;
import java.util.Objects;

/**
 * Everything about a sweep that every shard shares: the model's system name, a fingerprint of the
 * inputs (so that shards of different sweeps are not merged), the confidence of the verdicts, and
 * the scenarios' sweeps. Runs are numbered from 0 in the order scenario, point, replication.
 *
 * @param model      the model's system name
 * @param source     a fingerprint of the model and scenario files and the options that shape the runs
 * @param confidence the one-sided confidence at which an objective must hold, in (0.5, 1)
 * @param scenarios  the scenarios' sweeps, in run order
 */
public record SweepHeader(String model, String source, double confidence, List<ScenarioSweep> scenarios) {

    public SweepHeader {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(source, "source");
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie in (0.5, 1), got " + confidence);
        }
        scenarios = List.copyOf(scenarios);
    }

    /** All runs of the sweep. */
    public long runs() {
        long runs = 0;
        for (ScenarioSweep scenario : scenarios) {
            runs += scenario.runs();
        }
        return runs;
    }

    /** The run numbered {@code index}. */
    public RunKey run(long index) {
        long rest = index;
        for (int s = 0; s < scenarios.size(); s++) {
            ScenarioSweep scenario = scenarios.get(s);
            if (rest < scenario.runs()) {
                return new RunKey(s, (int) (rest / scenario.replications()), (int) (rest % scenario.replications()));
            }
            rest -= scenario.runs();
        }
        throw new IndexOutOfBoundsException("run " + index + " of " + runs());
    }

    /** The number of {@code key}. */
    public long index(RunKey key) {
        long offset = 0;
        for (int s = 0; s < key.scenario(); s++) {
            offset += scenarios.get(s).runs();
        }
        return offset + (long) key.point() * scenarios.get(key.scenario()).replications() + key.replication();
    }

    /** One run: replication {@code replication} of point {@code point} of scenario number {@code scenario}. */
    public record RunKey(int scenario, int point, int replication) {
    }
}
