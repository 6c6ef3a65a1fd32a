package io.mdecomp.simulator.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap of events ordered by (time, sequence), kept in parallel primitive arrays so
 * the hot loop allocates nothing per event (4 children per node: half the depth of a binary heap
 * and the children of a node on one cache line). Equal times leave in the order they were
 * scheduled, which makes every run reproducible. Insert and remove are O(log n).
 */
final class EventQueue {

    private double[] times = new double[1024];
    private long[] sequences = new long[1024];
    private Event[] events = new Event[1024];
    private int size;
    private long nextSequence;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The time of the earliest event; only when not empty. */
    double peekTime() {
        return times[0];
    }

    void add(double time, Event event) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            events = Arrays.copyOf(events, capacity);
        }
        long sequence = nextSequence++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            double pt = times[parent];
            if (pt < time || (pt == time && sequences[parent] < sequence)) {
                break;
            }
            times[i] = pt;
            sequences[i] = sequences[parent];
            events[i] = events[parent];
            i = parent;
        }
        times[i] = time;
        sequences[i] = sequence;
        events[i] = event;
    }

    /** Removes the earliest event and returns it; its time was {@link #peekTime()}. */
    Event poll() {
        Event first = events[0];
        int last = --size;
        double time = times[last];
        long sequence = sequences[last];
        Event event = events[last];
        events[last] = null;
        int i = 0;
        while (true) {
            int first4 = 4 * i + 1;
            if (first4 >= last) {
                break;
            }
            int child = first4;
            int end = Math.min(first4 + 4, last);
            for (int c = first4 + 1; c < end; c++) {
                if (times[c] < times[child] || (times[c] == times[child] && sequences[c] < sequences[child])) {
                    child = c;
                }
            }
            double ct = times[child];
            if (time < ct || (time == ct && sequence < sequences[child])) {
                break;
            }
            times[i] = ct;
            sequences[i] = sequences[child];
            events[i] = events[child];
            i = child;
        }
        if (last > 0) {
            times[i] = time;
            sequences[i] = sequence;
            events[i] = event;
        }
        return first;
    }
}
