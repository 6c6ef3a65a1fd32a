package io.mdecomp.analysis.graph;

import java.util.Arrays;

/**
 * Numbers unordered pairs of small non-negative ints densely (0, 1, 2, … in the order they are first
 * seen): an open-addressing table over the 64-bit key {@code min << 32 | max}, mixed before use. A
 * {@code HashMap<Long, …>} would hash that key to {@code min ^ max}, putting the pairs of a
 * 10,000-vertex graph into a few thousand buckets. Expected O(1) per look-up. Mutable: a builder's
 * working table, never shared.
 */
public final class PairIndex {

    private static final long EMPTY = -1L;

    private long[] slots = new long[1 << 10];
    private int[] numbers = new int[slots.length];
    private long[] keys = new long[64];
    private int size;

    /** An empty index. */
    public PairIndex() {
        Arrays.fill(slots, EMPTY);
    }

    /**
     * The number of the pair {a, b} (order of a and b does not matter), numbering it {@link #size()}
     * when it is new.
     *
     * @throws IllegalArgumentException when a or b is negative
     */
    public int numberOf(int a, int b) {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("pair members must not be negative: " + a + ", " + b);
        }
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        int mask = slots.length - 1;
        int slot = (int) mix(key) & mask;
        while (slots[slot] != EMPTY) {
            if (slots[slot] == key) {
                return numbers[slot];
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = key;
        numbers[slot] = size;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    /** How many pairs are numbered. */
    public int size() {
        return size;
    }

    /** The smaller member of pair {@code number}. */
    public int low(int number) {
        return (int) (key(number) >>> 32);
    }

    /** The larger member of pair {@code number}. */
    public int high(int number) {
        return (int) key(number);
    }

    private long key(int number) {
        if (number < 0 || number >= size) {
            throw new IndexOutOfBoundsException("no pair numbered " + number + " (size " + size + ")");
        }
        return keys[number];
    }

    private void grow() {
        slots = new long[slots.length * 2];
        numbers = new int[slots.length];
        Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (int number = 0; number < size; number++) {
            int slot = (int) mix(keys[number]) & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = keys[number];
            numbers[slot] = number;
        }
    }

    /** MurmurHash3's 64-bit finaliser: every key bit reaches the low bits the table uses. */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
