package io.mdecomp.simulator.component;

import io.mdecomp.model.distribution.Distribution;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One-way network latency between any two parties (a distribution, or zero) and the partitions
 * in force. Service indices name the parties; the gateway is {@code -1}.
 */
public final class Network {

    private final Distribution latency;
    private final SplittableRandom random;
    private final int parties;
    private final int[] partitions;
    private final double[] connectTimeouts;

    /**
     * @param latency  one-way latency; empty means zero
     * @param services the number of services
     */
    public Network(Optional<Distribution> latency, SplittableRandom random, int services) {
        this.latency = latency.orElse(null);
        this.random = random;
        this.parties = services + 1;
        this.partitions = new int[parties * parties];
        this.connectTimeouts = new double[parties * parties];
    }

    /** A one-way delay in seconds. */
    public double delay() {
        return latency == null ? 0 : latency.sample(random);
    }

    /** True while a partition separates {@code a} and {@code b} (service indices, −1 the gateway). */
    public boolean partitioned(int a, int b) {
        return partitions[(a + 1) * parties + (b + 1)] > 0;
    }

    /**
     * How long a client waits to connect across the partition between {@code a} and {@code b} before
     * it gives up (the latest partition's), in seconds; meaningful while {@link #partitioned} holds.
     */
    public double connectTimeout(int a, int b) {
        return connectTimeouts[(a + 1) * parties + (b + 1)];
    }

    /**
     * Starts ({@code +1}) or ends ({@code -1}) a partition between {@code a} and {@code b}; a start
     * sets the connect timeout clients see across it.
     */
    public void partition(int a, int b, int delta, double connectTimeoutSeconds) {
        partitions[(a + 1) * parties + (b + 1)] += delta;
        partitions[(b + 1) * parties + (a + 1)] += delta;
        if (delta > 0) {
            connectTimeouts[(a + 1) * parties + (b + 1)] = connectTimeoutSeconds;
            connectTimeouts[(b + 1) * parties + (a + 1)] = connectTimeoutSeconds;
        }
    }
}
