package io.mdecomp.simulator.component;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Failures counted by cause, in a primitive array. */
public final class ErrorCounts {

    private final long[] counts = new long[ErrorCause.count()];

    public void add(ErrorCause cause) {
        counts[cause.ordinal()]++;
    }

    public long get(ErrorCause cause) {
        return counts[cause.ordinal()];
    }

    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    /** The non-zero counts by cause. */
    public SortedMap<ErrorCause, Long> toMap() {
        TreeMap<ErrorCause, Long> map = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                map.put(ErrorCause.byOrdinal(i), counts[i]);
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /** A new count of each cause here less its count in {@code other}. */
    public ErrorCounts minus(ErrorCounts other) {
        ErrorCounts difference = new ErrorCounts();
        for (int i = 0; i < counts.length; i++) {
            difference.counts[i] = counts[i] - other.counts[i];
        }
        return difference;
    }

    public void clear() {
        java.util.Arrays.fill(counts, 0);
    }
}
