package io.mdecomp.simulator.component;

/**
 * Envoy's outlier ejection (consecutive errors): a host with {@code consecutiveErrors} failures in
 * a row is ejected for {@code baseEjectionSeconds × times ejected}, unless that would eject more
 * than {@code maxEjectionPercent} of the hosts (at least one host may always be ejected); ejected
 * hosts return at the first sweep (every {@code intervalSeconds}) after their time is up.
 */
public record OutlierSettings(int consecutiveErrors, double intervalSeconds, double baseEjectionSeconds,
                              double maxEjectionPercent) {

    /** Envoy's defaults: 5 errors, 10s sweep, 30s base ejection, 10%. */
    public static final OutlierSettings ENVOY = new OutlierSettings(5, 10, 30, 10);

    public OutlierSettings {
        if (consecutiveErrors < 1 || !(intervalSeconds > 0) || !(baseEjectionSeconds > 0)
                || !(maxEjectionPercent >= 0 && maxEjectionPercent <= 100)) {
            throw new IllegalArgumentException("invalid outlier detection settings");
        }
    }
}
