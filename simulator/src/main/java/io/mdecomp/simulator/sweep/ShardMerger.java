package io.mdecomp.simulator.sweep;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Combines the shard files of one sweep into its report: the same report, byte for byte once
 * rendered, as the sweep run whole on one machine. Refuses (as {@code InputException}, located at
 * the offending file) shards of different sweeps, of different shard counts, a shard given twice,
 * missing shards, and a shard whose records are not the runs of its shard.
 */
public final class ShardMerger {

    private ShardMerger() {
    }

    /** A shard file and the name it was read from. */
    public record Named(String file, ShardFile shard) {
    }

    /** The report of the sweep whose shards are {@code shards}, in any order. */
    public static SweepReport merge(List<Named> shards) {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("no shard to merge");
        }
        Named first = shards.get(0);
        SweepHeader header = first.shard().header();
        int count = first.shard().shard().count();
        Named[] byIndex = new Named[count];
        List<RunRecord> records = new ArrayList<>();
        for (Named named : shards) {
            ShardFile shard = named.shard();
            if (!shard.header().source().equals(header.source()) || !shard.header().equals(header)) {
                throw fail(named.file(), "this shard belongs to another sweep than " + first.file()
                        + " (other model, scenarios or options); merge the shards of one sweep");
            }
            if (shard.shard().count() != count) {
                throw fail(named.file(), "this is shard " + shard.shard() + " but " + first.file() + " is shard "
                        + first.shard().shard() + "; every shard of a sweep must be split the same way");
            }
            int index = shard.shard().index();
            if (byIndex[index] != null) {
                throw fail(named.file(), "shard " + shard.shard() + " is also given as " + byIndex[index].file());
            }
            byIndex[index] = named;
            List<Long> expected = SweepRunner.runs(header, shard.shard());
            List<Long> got = shard.records().stream().map(RunRecord::run).toList();
            if (!expected.equals(got)) {
                throw fail(named.file(), "shard " + shard.shard() + " should hold the records of runs "
                        + describe(expected) + " but holds " + describe(got) + "; the file is incomplete or edited");
            }
            records.addAll(shard.records());
        }
        TreeSet<Integer> missing = new TreeSet<>();
        for (int k = 0; k < count; k++) {
            if (byIndex[k] == null) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            List<String> names = missing.stream().limit(20).map(k -> k + "/" + count).toList();
            throw fail(first.file(), "missing shard(s) " + String.join(", ", names)
                    + (missing.size() > 20 ? " and " + (missing.size() - 20) + " more" : "") + " of " + count
                    + "; merge needs every shard of the sweep");
        }
        return SweepAggregator.aggregate(header, records);
    }

    private static String describe(List<Long> runs) {
        if (runs.isEmpty()) {
            return "none";
        }
        if (runs.size() <= 6) {
            return runs.toString();
        }
        return "[" + runs.get(0) + ", " + runs.get(1) + ", ... " + runs.get(runs.size() - 1) + "] (" + runs.size() + ")";
    }

    private static InputException fail(String file, String message) {
        return new InputException(Diagnostic.error(SourceLocation.startOf(file), "shard", message));
    }
}
