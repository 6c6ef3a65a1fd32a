package io.mdecomp.simulator.sweep;

import io.mdecomp.model.yaml.TreeNode;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.engine.RandomStreams;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * A sweep ready to run: its header and, for every point of every scenario, the scenario with the
 * point's values (validated) and the YAML it was read from.
 *
 * <p>Seeds: with {@link RandomNumbers#COMMON}, replication r of every point runs with the seed
 * {@code simulate --replications} gives replication r of the point's scenario (its seed s for
 * r = 0, SplitMix64(s + r) after), so a sweep of one point is a replicated simulation; with
 * {@link RandomNumbers#INDEPENDENT}, point p ≥ 1 first takes s' = SplitMix64(s xor SplitMix64(p)).
 * A run's seed is a function of (scenario seed, point, replication) alone, so runs can go in any
 * order, on any machine.
 */
public final class SweepPlan {

    private final SweepHeader header;
    private final List<List<Scenario>> scenarios;
    private final List<List<TreeNode.Mapping>> trees;

    SweepPlan(SweepHeader header, List<List<Scenario>> scenarios, List<List<TreeNode.Mapping>> trees) {
        this.header = Objects.requireNonNull(header, "header");
        this.scenarios = scenarios.stream().map(List::copyOf).toList();
        this.trees = trees.stream().map(List::copyOf).toList();
    }

    public SweepHeader header() {
        return header;
    }

    /** The scenario of point {@code point} of scenario number {@code scenario}. */
    public Scenario scenario(int scenario, int point) {
        return scenarios.get(scenario).get(point);
    }

    /** The YAML of that point's scenario as read, with the point's values in place. */
    public TreeNode.Mapping tree(int scenario, int point) {
        return trees.get(scenario).get(point);
    }

    /** The scenario of run {@code key}, with the run's seed. */
    public Scenario scenario(SweepHeader.RunKey key) {
        Scenario point = scenario(key.scenario(), key.point());
        return point.toBuilder().seed(seed(key)).build();
    }

    /** The seed of run {@code key}. */
    public long seed(SweepHeader.RunKey key) {
        Scenario point = scenario(key.scenario(), key.point());
        RandomNumbers mode = header.scenarios().get(key.scenario()).randomNumbers();
        return seed(point.seed(), key.point(), key.replication(), mode);
    }

    /** The seed of replication {@code replication} of point {@code point} of a scenario seeded {@code seed}. */
    public static long seed(long seed, int point, int replication, RandomNumbers mode) {
        long base = mode == RandomNumbers.INDEPENDENT && point > 0 ? RandomStreams.mix(seed ^ RandomStreams.mix(point))
                : seed;
        return replication == 0 ? base : Simulator.replicationSeed(base, replication);
    }
}
