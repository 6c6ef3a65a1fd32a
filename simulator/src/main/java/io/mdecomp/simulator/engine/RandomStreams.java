package io.mdecomp.simulator.engine;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Independent random streams, one per named source of randomness ("workload", "service
 * OrderService", "lb Gateway->OrderService", ...). A stream's seed is derived from the run's seed
 * and the stream's name alone (SplitMix64 finalizer over FNV-1a of the name), so adding a
 * component never changes the draws of the others, whatever the order of creation.
 */
public final class RandomStreams {

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A fresh stream for {@code name}; the same name and seed always give the same stream. */
    public SplittableRandom stream(String name) {
        return new SplittableRandom(derive(seed, name));
    }

    /** The seed of stream {@code name} under run seed {@code seed}. */
    public static long derive(long seed, String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix(seed ^ mix(hash));
    }

    /** The SplitMix64 finalizer: a bijection that spreads nearby inputs far apart. */
    public static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
