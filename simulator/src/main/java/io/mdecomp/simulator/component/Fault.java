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

    /**
     * Cut the network between {@code a} and {@code b} (a service, or {@code gateway}): nothing
     * sent across it is answered, so a call waits for its caller's timeout, or without one for the
     * client's connect timeout of {@code connectTimeoutSeconds}.
     */
    public record Partition(String a, String b, double connectTimeoutSeconds) implements Kind {

        /** The connect timeout assumed when a fault does not give one (OkHttp's and Feign's default). */
        public static final double DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;

        public Partition {
            if (!(connectTimeoutSeconds > 0) || Double.isInfinite(connectTimeoutSeconds)) {
                throw new IllegalArgumentException("connect timeout must be positive, got " + connectTimeoutSeconds);
            }
        }

        /** A partition with the default connect timeout. */
        public Partition(String a, String b) {
            this(a, b, DEFAULT_CONNECT_TIMEOUT_SECONDS);
        }

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
