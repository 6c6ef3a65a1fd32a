package io.mdecomp.simulator.component;

import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Sampler;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One-way network latency between any two parties (a distribution, or zero) and the partitions
 * in force. Service indices name the parties; the gateway is {@code -1}. Each caller–callee path
 * draws its delays from its own stream, so adding a path does not shift the others' delays.
 * Memory grows with the partitions in force, not with the number of services.
 */
public final class Network {

    private final Sampler latency;
    private final Map<Long, Cut> cuts = new HashMap<>();

    /** A partition between two parties: how many faults hold it, and the latest connect timeout. */
    private static final class Cut {
        int count;
        double connectTimeout;
    }

    /** @param latency one-way latency; empty means zero */
    public Network(Optional<Distribution> latency) {
        this.latency = latency.map(Distribution::sampler).orElse(null);
    }

    /** A one-way delay in seconds, drawn from {@code random} (the caller's path's stream). */
    public double delay(SplittableRandom random) {
        return latency == null ? 0 : latency.sample(random);
    }

    private static long key(int a, int b) {
        int low = Math.min(a, b) + 1;
        int high = Math.max(a, b) + 1;
        return ((long) low << 32) | high;
    }

    /** True while a partition separates {@code a} and {@code b} (service indices, −1 the gateway). */
    public boolean partitioned(int a, int b) {
        if (cuts.isEmpty()) {
            return false;
        }
        Cut cut = cuts.get(key(a, b));
        return cut != null && cut.count > 0;
    }

    /**
     * How long a client waits to connect across the partition between {@code a} and {@code b} before
     * it gives up (the latest partition's), in seconds; meaningful while {@link #partitioned} holds.
     */
    public double connectTimeout(int a, int b) {
        Cut cut = cuts.get(key(a, b));
        return cut == null ? Fault.Partition.DEFAULT_CONNECT_TIMEOUT_SECONDS : cut.connectTimeout;
    }

    /**
     * Starts ({@code +1}) or ends ({@code -1}) a partition between {@code a} and {@code b}; a start
     * sets the connect timeout clients see across it.
     */
    public void partition(int a, int b, int delta, double connectTimeoutSeconds) {
        long key = key(a, b);
        Cut cut = cuts.computeIfAbsent(key, k -> new Cut());
        cut.count += delta;
        if (delta > 0) {
            cut.connectTimeout = connectTimeoutSeconds;
        }
        if (cut.count <= 0) {
            cuts.remove(key);
        }
    }
}
