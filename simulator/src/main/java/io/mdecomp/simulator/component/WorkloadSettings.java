package io.mdecomp.simulator.component;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Distribution;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where requests come from: an open or closed load, a population of client ids and a route mix.
 *
 * @param load    open (Poisson with a rate profile) or closed (users with think time)
 * @param clients the number of distinct client ids, >= 1
 * @param mix     routes and their weights (> 0)
 */
public record WorkloadSettings(Load load, int clients, List<MixEntry> mix) {

    public WorkloadSettings {
        Objects.requireNonNull(load, "load");
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be >= 1");
        }
        mix = List.copyOf(mix);
        if (mix.isEmpty()) {
            throw new IllegalArgumentException("the mix needs at least one route");
        }
    }

    /** An open or a closed load. */
    public sealed interface Load permits Open, Closed {
    }

    /**
     * Poisson arrivals at {@code rate} per second, changed by the profile: at each step's time
     * the rate moves linearly to the step's rate over its ramp (0: at once).
     */
    public record Open(double rate, List<RateStep> profile) implements Load {
        public Open {
            if (!(rate > 0) || !Double.isFinite(rate)) {
                throw new IllegalArgumentException("rate must be > 0");
            }
            profile = List.copyOf(profile);
        }

        /**
         * The arrival rate at time {@code t}: {@code rate} until the first step, then at each
         * step's time moving linearly to its rate over its ramp.
         */
        public double rateAt(double t) {
            double current = rate;
            for (RateStep step : profile) {
                if (t < step.at()) {
                    break;
                }
                if (step.ramp() > 0 && t < step.at() + step.ramp()) {
                    return current + (step.rate() - current) * (t - step.at()) / step.ramp();
                }
                current = step.rate();
            }
            return current;
        }

        /**
         * The expected number of arrivals in [0, {@code duration}]: the integral of
         * {@link #rateAt}, exact because the rate is linear between the steps' starts and ends.
         */
        public double expectedArrivals(double duration) {
            TreeSet<Double> breaks = new TreeSet<>(List.of(0.0, duration));
            for (RateStep step : profile) {
                breaks.add(Math.min(duration, step.at()));
                breaks.add(Math.min(duration, step.at() + step.ramp()));
            }
            double sum = 0;
            double from = 0;
            for (double to : breaks.tailSet(0.0, false)) {
                sum += rateAt((from + to) / 2) * (to - from);
                from = to;
            }
            return sum;
        }
    }

    /** {@code users} users, each sending a request, waiting for its answer, then thinking. */
    public record Closed(int users, Distribution think) implements Load {
        public Closed {
            if (users < 1) {
                throw new IllegalArgumentException("users must be >= 1");
            }
            Objects.requireNonNull(think, "think");
        }
    }

    /** From {@code at} seconds, move to {@code rate} over {@code ramp} seconds. */
    public record RateStep(double at, double rate, double ramp) {
    }

    /** A route of the mix with its relative weight, and where the scenario file names the route. */
    public record MixEntry(String route, double weight, SourceLocation location) {
        public MixEntry {
            Objects.requireNonNull(route, "route");
            if (!(weight > 0) || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("mix weight must be > 0");
            }
            Objects.requireNonNull(location, "location");
        }

        /** An entry declared nowhere in particular (built in code). */
        public MixEntry(String route, double weight) {
            this(route, weight, SourceLocation.UNKNOWN);
        }
    }
}
