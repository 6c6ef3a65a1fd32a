package io.mdecomp.simulator.component;

import java.util.Comparator;
import java.util.Objects;

/**
 * Calls from one caller to one callee service: the key of a call path, of its resilience
 * overrides and of its results. The gateway calls as {@value #GATEWAY}. Ordered by caller, then
 * callee.
 *
 * @param caller a service name, or {@value #GATEWAY}
 * @param callee a service name
 */
public record CallKey(String caller, String callee) implements Comparable<CallKey> {

    /** The caller name of the gateway. */
    public static final String GATEWAY = "gateway";

    private static final Comparator<CallKey> ORDER = Comparator.comparing(CallKey::caller)
            .thenComparing(CallKey::callee);

    public CallKey {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(callee, "callee");
    }

    /** Calls from the gateway to {@code callee}. */
    public static CallKey fromGateway(String callee) {
        return new CallKey(GATEWAY, callee);
    }

    /** True when the gateway is the caller. */
    public boolean fromGateway() {
        return GATEWAY.equals(caller);
    }

    @Override
    public int compareTo(CallKey other) {
        return ORDER.compare(this, other);
    }

    /** {@code Caller -> Callee}, as scenario files write it. */
    @Override
    public String toString() {
        return caller + " -> " + callee;
    }
}
