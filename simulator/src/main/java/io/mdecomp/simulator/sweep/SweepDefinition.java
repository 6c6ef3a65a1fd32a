package io.mdecomp.simulator.sweep;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A scenario's {@code sweep:} section: the parameters whose values form a grid (every
 * combination is a point; the last parameter changes fastest), the replications of each point,
 * and how points share random numbers.
 */
public record SweepDefinition(List<SweepParameter> parameters, int replications, RandomNumbers randomNumbers,
                              SourceLocation location) {

    /** The most values one parameter may take. */
    public static final int MAX_VALUES = 1_000;
    /** The most points of one scenario's sweep. */
    public static final int MAX_POINTS = 10_000;
    /** The most runs (points × replications) of one sweep file. */
    public static final int MAX_RUNS = 100_000;
    /** Why the limits exist, for messages. */
    public static final String LIMIT_REASON = "each point is a scenario held in memory and each run a record";

    public SweepDefinition {
        parameters = List.copyOf(parameters);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        Objects.requireNonNull(randomNumbers, "randomNumbers");
        Objects.requireNonNull(location, "location");
    }

    /** A scenario without a sweep: one point. */
    public static SweepDefinition single(int replications, SourceLocation location) {
        return new SweepDefinition(List.of(), replications, RandomNumbers.COMMON, location);
    }

    /** The number of points: the product of the parameters' value counts (1 without parameters). */
    public long points() {
        long points = 1;
        for (SweepParameter parameter : parameters) {
            points *= parameter.values().size();
        }
        return points;
    }

    /** The same sweep with {@code count} replications. */
    public SweepDefinition withReplications(int count) {
        return new SweepDefinition(parameters, count, randomNumbers, location);
    }
}
