package io.mdecomp.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.diagnostic.InputException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Shards run apart and merged give the report of the whole sweep run at once, for any split. */
class ShardMergeTest {

    private static final String FILE = """
            scenarios:
              - name: small
                duration: 4s
                seed: 3
                workload:
                  open: {rate: 150/s}
                  mix: [{route: GET /front}]
                resilience:
                  calls:
                    Front -> Back: {timeout: 15ms, retry: {maxAttempts: 2, wait: 1ms}}
                slos:
                  - {route: GET /front, p99: 20ms, errorRate: 2%}
                sweep:
                  replications: 2
                  parameters:
                    - {path: deployment.Back.workers, values: [1, 2]}
                    - {path: workload.open.rate, values: [100/s, 250/s]}
            """;

    static LongStream seeds() {
        return LongStream.of(1, 2, 17, 99, 1234);
    }

    private static SweepPlan plan(long seed) {
        return SweepPlanTestSupport.plan(FILE, OptionalLong.of(seed));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergedShardsGiveTheSingleRunsReport(long seed) {
        SweepPlan plan = plan(seed);
        List<RunRecord> all = SweepRunner.run(SweepPlannerTest.MODEL, plan, Shard.ALL, 2, SweepRunner.Listener.NONE);
        SweepReport single = SweepAggregator.aggregate(plan.header(), all);

        Random random = new Random(seed);
        int count = 1 + random.nextInt(5);
        List<ShardMerger.Named> shards = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Shard shard = new Shard(k, count);
            List<RunRecord> records = SweepRunner.run(SweepPlannerTest.MODEL, plan(seed), shard, 1 + random.nextInt(2),
                    SweepRunner.Listener.NONE);
            StringWriter out = new StringWriter();
            new ShardFile(shard, plan.header(), records).write(out);
            shards.add(new ShardMerger.Named("shard-" + k + ".json", ShardFile.read("shard-" + k + ".json",
                    out.toString())));
        }
        Collections.shuffle(shards, random);
        SweepReport merged = ShardMerger.merge(shards);

        assertThat(merged).as("seed %d split into %d shards", seed, count).isEqualTo(single);
    }

    @Test
    void theNumberOfThreadsChangesNothing() {
        SweepPlan plan = plan(5);
        assertThat(SweepRunner.run(SweepPlannerTest.MODEL, plan, Shard.ALL, 3, SweepRunner.Listener.NONE))
                .isEqualTo(SweepRunner.run(SweepPlannerTest.MODEL, plan, Shard.ALL, 1, SweepRunner.Listener.NONE));
    }

    @Test
    void aPointOfOneReplicationIsTheSimulationOfItsScenario() {
        SweepPlan plan = SweepPlanTestSupport.plan(FILE, OptionalLong.empty());
        RunRecord record = SweepRunner.runOne(SweepPlannerTest.MODEL, plan, 2);
        var result = io.mdecomp.simulator.Simulator.run(SweepPlannerTest.MODEL, plan.scenario(0, 1),
                io.mdecomp.simulator.RunOptions.DEFAULTS);
        assertThat(record).isEqualTo(RunRecord.of(2, 3, result));
    }

    @Test
    void refusesIncompleteOrForeignShards() {
        SweepPlan plan = plan(1);
        ShardFile zero = shard(plan, new Shard(0, 2));
        ShardFile one = shard(plan, new Shard(1, 2));
        assertThatThrownBy(() -> ShardMerger.merge(List.of(new ShardMerger.Named("a.json", zero))))
                .isInstanceOf(InputException.class).hasMessageContaining("missing shard(s) 1/2 of 2");
        assertThatThrownBy(() -> ShardMerger.merge(List.of(new ShardMerger.Named("a.json", zero),
                new ShardMerger.Named("b.json", zero)))).hasMessageContaining("shard 0/2 is also given as a.json");
        SweepHeader other = new SweepHeader(plan.header().model(), "another", 0.95, plan.header().scenarios());
        assertThatThrownBy(() -> ShardMerger.merge(List.of(new ShardMerger.Named("a.json", zero),
                new ShardMerger.Named("b.json", new ShardFile(one.shard(), other, one.records())))))
                .hasMessageContaining("b.json:1:1: error: this shard belongs to another sweep");
        ShardFile cut = new ShardFile(one.shard(), one.header(), one.records().subList(1, one.records().size()));
        assertThatThrownBy(() -> ShardMerger.merge(List.of(new ShardMerger.Named("a.json", zero),
                new ShardMerger.Named("b.json", cut)))).hasMessageContaining("incomplete or edited");
    }

    @Test
    void refusesFilesThatAreNotShards() {
        assertThatThrownBy(() -> ShardFile.read("x.json", "{\"kind\": \"other\"}"))
                .hasMessageContaining("x.json:1:1: error: not the partial results of a sweep shard");
        assertThatThrownBy(() -> ShardFile.read("x.json", "{\n  \"kind\": ]"))
                .hasMessageContaining("x.json:2:").hasMessageContaining("not valid JSON");
    }

    private static ShardFile shard(SweepPlan plan, Shard shard) {
        return new ShardFile(shard, plan.header(), SweepRunner.run(SweepPlannerTest.MODEL, plan, shard, 1,
                SweepRunner.Listener.NONE));
    }

    /** Plans {@link #FILE}-like text with an optional seed. */
    static final class SweepPlanTestSupport {
        static SweepPlan plan(String text, OptionalLong seed) {
            return SweepPlannerTest.plan(text, new SweepPlanner.Options(List.of(), OptionalInt.empty(), seed, 0.95,
                    "test"));
        }
    }
}
