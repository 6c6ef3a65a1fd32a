package io.mdecomp.simulator.sweep;

import java.util.Optional;

/**
 * Shard {@code index} of {@code count}: the runs whose number modulo {@code count} is {@code index}
 * (numbered from 0, like Kubernetes' {@code JOB_COMPLETION_INDEX}). Dealing runs out in turn keeps
 * the shards' work alike when points differ in cost.
 */
public record Shard(int index, int count) {

    /** The whole sweep as one shard. */
    public static final Shard ALL = new Shard(0, 1);

    /** The most shards of a sweep. */
    public static final int MAX_COUNT = 10_000;

    public Shard {
        if (count < 1 || count > MAX_COUNT || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard K/N needs 1 <= N <= " + MAX_COUNT + " and 0 <= K < N, got "
                    + index + "/" + count);
        }
    }

    /** Parses {@code K/N}; empty when the text is not of that form or out of range. */
    public static Optional<Shard> parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].strip().matches("[0-9]{1,9}") || !parts[1].strip().matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(parts[0].strip());
        int count = Integer.parseInt(parts[1].strip());
        if (count < 1 || count > MAX_COUNT || index >= count) {
            return Optional.empty();
        }
        return Optional.of(new Shard(index, count));
    }

    /** True when run {@code run} belongs to this shard. */
    public boolean contains(long run) {
        return run % count == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
