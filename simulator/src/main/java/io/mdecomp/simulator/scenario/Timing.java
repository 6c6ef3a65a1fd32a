package io.mdecomp.simulator.scenario;

/**
 * How long a run lasts and how it is measured, in seconds.
 *
 * @param duration      simulated time, > 0
 * @param warmup        the first seconds excluded from statistics, in [0, duration)
 * @param maxEvents     the most events one run may fire, >= 1
 * @param bucketSeconds the time-series bucket width; 0: chosen from the duration
 */
public record Timing(double duration, double warmup, long maxEvents, double bucketSeconds) {

    /** The default event limit: two billion events. */
    public static final long DEFAULT_MAX_EVENTS = 2_000_000_000L;

    public Timing {
        if (!(duration > 0) || !(warmup >= 0) || warmup >= duration) {
            throw new IllegalArgumentException("need duration > 0 and 0 <= warmup < duration, got " + duration
                    + "/" + warmup);
        }
        if (maxEvents < 1 || !(bucketSeconds >= 0)) {
            throw new IllegalArgumentException("need maxEvents >= 1 and bucketSeconds >= 0");
        }
    }

    /** The time-series bucket width: as given, else duration / 60 rounded up to a whole second. */
    public double effectiveBucketSeconds() {
        return bucketSeconds > 0 ? bucketSeconds : Math.max(1, Math.ceil(duration / 60));
    }

    /** How many time-series buckets a run fills (the last may be partial). */
    public long buckets() {
        return (long) Math.ceil(duration / effectiveBucketSeconds());
    }

    /** The simulated seconds statistics cover: duration − warm-up. */
    public double measuredSeconds() {
        return duration - warmup;
    }
}
