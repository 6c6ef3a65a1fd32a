package io.mdecomp.simulator.component;

/**
 * Registry and discovery timing, in seconds. {@link #EUREKA} holds Eureka's defaults; with
 * {@code enabled} false every caller sees the live instances at once (an ideal registry).
 *
 * @param enabled              false: no registry delays at all
 * @param heartbeat            an instance renews its lease this often
 * @param leaseTtl             a lease not renewed for longer than this has expired
 * @param evictionInterval     the server sweeps out expired leases this often
 * @param serverCacheTtl       the server's response cache is refreshed this often
 * @param clientCacheTtl       each caller refreshes its copy of the registry this often
 * @param alignedTimers        true: every timer runs at the multiples of its interval from time 0
 *                             (exact, for worked examples); false: each instance's heartbeat, the
 *                             server's sweep and cache and each caller's refreshes have a phase of
 *                             their own, drawn from their own random streams, as in production
 * @param loadBalancerCacheTtl Spring Cloud LoadBalancer's cache over each caller's copy,
 *                             refreshed this often (its default is 35 s); 0: none
 * @param doubledLeaseExpiry   true: a lease expires only 2 × {@code leaseTtl} after its last
 *                             renewal, as Eureka's {@code Lease.isExpired} does because
 *                             {@code renew()} already adds the duration to
 *                             {@code lastUpdateTimestamp}; false: after {@code leaseTtl}
 */
public record DiscoverySettings(boolean enabled, double heartbeat, double leaseTtl, double evictionInterval,
                                double serverCacheTtl, double clientCacheTtl, boolean alignedTimers,
                                double loadBalancerCacheTtl, boolean doubledLeaseExpiry) {

    /** Spring Cloud LoadBalancer's default cache TTL. */
    public static final double LOAD_BALANCER_CACHE_TTL = 35;

    /**
     * Eureka's defaults: heartbeat 30s, lease 90s, eviction sweep 60s, server and client caches 30s;
     * timers with phases of their own per instance, server and caller, drawn from the run's seed
     * (as in production, where they started at different times), no load-balancer cache, the
     * nominal lease expiry. {@link #aligned()} puts every timer at the multiples of its interval,
     * for exact worked examples.
     */
    public static final DiscoverySettings EUREKA = new DiscoverySettings(true, 30, 90, 60, 30, 30, false, 0, false);

    /** No discovery delays. */
    public static final DiscoverySettings INSTANT = new DiscoverySettings(false, 30, 90, 60, 30, 30);

    public DiscoverySettings {
        if (!(heartbeat > 0 && leaseTtl > 0 && evictionInterval > 0 && serverCacheTtl > 0 && clientCacheTtl > 0)) {
            throw new IllegalArgumentException("discovery intervals must be > 0");
        }
        if (!(loadBalancerCacheTtl >= 0) || Double.isInfinite(loadBalancerCacheTtl)) {
            throw new IllegalArgumentException("the load-balancer cache TTL must be finite and >= 0");
        }
    }

    /**
     * Settings with timers of their own phases (as {@link #EUREKA}), without a load-balancer cache,
     * with the nominal lease expiry.
     */
    public DiscoverySettings(boolean enabled, double heartbeat, double leaseTtl, double evictionInterval,
                             double serverCacheTtl, double clientCacheTtl) {
        this(enabled, heartbeat, leaseTtl, evictionInterval, serverCacheTtl, clientCacheTtl, false, 0, false);
    }

    /** These settings with every timer at the multiples of its interval from time 0. */
    public DiscoverySettings aligned() {
        return new DiscoverySettings(enabled, heartbeat, leaseTtl, evictionInterval, serverCacheTtl, clientCacheTtl,
                true, loadBalancerCacheTtl, doubledLeaseExpiry);
    }

    /** How long after its last renewal a lease has expired. */
    public double expiry() {
        return doubledLeaseExpiry ? 2 * leaseTtl : leaseTtl;
    }
}
