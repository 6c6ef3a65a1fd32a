package io.mdecomp.simulator.scenario;

/**
 * The upper bounds of every scenario setting the simulator allocates memory for, checked when the
 * file is read (a located error, exit 2) so that no scenario can exhaust memory or overflow a
 * counter. The model's deployment limits are {@code Deployment.MAX_*}; docs/simulation.md lists
 * them all.
 */
public final class ScenarioLimits {

    /** Why the limits exist, for messages. */
    public static final String REASON = "a limit that keeps simulations within memory";

    /** The largest count-based breaker window, in calls (a byte per call and caller–callee pair). */
    public static final int BREAKER_WINDOW_CALLS = 100_000;

    /** The largest time-based breaker window, in seconds (three counters per second and pair). */
    public static final int BREAKER_WINDOW_SECONDS = 3_600;

    /** The most trial calls of a half-open breaker (a byte each). */
    public static final int BREAKER_HALF_OPEN_CALLS = 100_000;

    /** The most distinct client ids (a token bucket each when the gateway limits per client). */
    public static final int CLIENTS = 1_000_000;

    /** The most users of a closed workload (one pending event each). */
    public static final int USERS = 1_000_000;

    /** The most routes in a workload's mix (a latency histogram each). */
    public static final int MIX_ROUTES = 500;

    /** The most time-series buckets of a run (a histogram each). */
    public static final int BUCKETS = 1_000;

    /** The most per-route time-series cells: buckets × routes of the mix. */
    public static final int ROUTE_BUCKETS = 30_000;

    /** The most consumers an instance runs per subscribed topic. */
    public static final int CONSUMERS_PER_INSTANCE = 10_000;

    /** The most gateway workers. */
    public static final int GATEWAY_WORKERS = 1_000_000;

    /** The most requests waiting for a gateway worker. */
    public static final int GATEWAY_QUEUE = 1_000_000;

    /** The most concurrent calls a bulkhead allows. */
    public static final int BULKHEAD = 1_000_000;

    /** The most attempts of a retried call. */
    public static final int RETRY_ATTEMPTS = 1_000;

    /** The largest reserve of a retry budget, in retries per second (its token count is a long). */
    public static final int RETRIES_PER_SECOND = 1_000_000;

    /**
     * The shortest period of a recurring timer (the registry's eviction sweep and cache refreshes,
     * the clients' and balancers' cache refreshes, outlier detection's sweep), in seconds: each
     * firing is an event, and at a nanosecond a three-second run took billions of them. Real
     * ones run every few seconds.
     */
    public static final double TIMER_PERIOD_SECONDS = 0.001;

    private ScenarioLimits() {
    }
}
