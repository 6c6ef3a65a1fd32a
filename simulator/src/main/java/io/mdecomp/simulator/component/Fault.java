package io.mdecomp.simulator.component;

import java.util.Objects;

/**
 * A fault: from {@code at} seconds, for {@code duration} seconds, one {@link Kind} of trouble.
 */
public record Fault(double at, double duration, Kind kind) {

    public Fault {
        if (!(at >= 0) || !(duration >= 0)) {
            throw new IllegalArgumentException("fault times must be >= 0");
        }
        Objects.requireNonNull(kind, "kind");
    }

    /** What goes wrong. */
    public sealed interface Kind permits Kill, Slow, Fail, Partition, StallRegistry {
        /** A short description for reports: {@code kill InventoryService x2}. */
        String describe();
    }

    /** Crash {@code instances} instances of {@code service} (the highest-numbered live ones); they restart after. */
    public record Kill(String service, int instances) implements Kind {
        @Override
        public String describe() {
            return "kill " + service + " x" + instances;
        }
    }

    /** Multiply {@code service}'s service times by {@code factor}. */
    public record Slow(String service, double factor) implements Kind {
        @Override
        public String describe() {
            return "slow " + service + " x" + factor;
        }
    }

    /** Fail a share {@code rate} of the requests {@code service} handles ({@code injected}). */
    public record Fail(String service, double rate) implements Kind {
        @Override
        public String describe() {
            return "fail " + service + " " + rate;
        }
    }

    /** Cut the network between {@code a} and {@code b} (a service, or {@code gateway}). */
    public record Partition(String a, String b) implements Kind {
        @Override
        public String describe() {
            return "partition " + a + " | " + b;
        }
    }

    /** The registry stops sweeping and refreshing its cache. */
    public record StallRegistry() implements Kind {
        @Override
        public String describe() {
            return "stall registry";
        }
    }
}
