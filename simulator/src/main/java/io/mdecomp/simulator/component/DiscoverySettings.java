package io.mdecomp.simulator.component;

/**
 * Registry and discovery timing, in seconds. {@link #EUREKA} holds Eureka's defaults; with
 * {@code enabled} false every caller sees the live instances at once (an ideal registry).
 *
 * @param enabled          false: no registry delays at all
 * @param heartbeat        an instance renews its lease this often
 * @param leaseTtl         a lease not renewed for longer than this has expired
 * @param evictionInterval the server sweeps out expired leases this often
 * @param serverCacheTtl   the server's response cache is refreshed this often
 * @param clientCacheTtl   each caller refreshes its copy of the registry this often
 */
public record DiscoverySettings(boolean enabled, double heartbeat, double leaseTtl, double evictionInterval,
                                double serverCacheTtl, double clientCacheTtl) {

    /** Eureka's defaults: heartbeat 30s, lease 90s, eviction sweep 60s, server and client caches 30s. */
    public static final DiscoverySettings EUREKA = new DiscoverySettings(true, 30, 90, 60, 30, 30);

    /** No discovery delays. */
    public static final DiscoverySettings INSTANT = new DiscoverySettings(false, 30, 90, 60, 30, 30);

    public DiscoverySettings {
        if (!(heartbeat > 0 && leaseTtl > 0 && evictionInterval > 0 && serverCacheTtl > 0 && clientCacheTtl > 0)) {
            throw new IllegalArgumentException("discovery intervals must be > 0");
        }
    }
}
