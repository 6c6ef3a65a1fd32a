package io.mdecomp.simulator.sweep;

import io.mdecomp.simulator.scenario.Slo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a report needs to know of one scenario's sweep, apart from the runs' numbers: the
 * scenario, its seed, replications per point, how points share random numbers, the swept
 * parameters (every combination of their values is a point, the last changing fastest) and the
 * scenario's objectives.
 */
public record ScenarioSweep(String name, long seed, int replications, RandomNumbers randomNumbers, List<Axis> axes,
                            List<Slo> slos) {

    public ScenarioSweep {
        Objects.requireNonNull(name, "name");
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        Objects.requireNonNull(randomNumbers, "randomNumbers");
        axes = List.copyOf(axes);
        slos = List.copyOf(slos);
    }

    /** The number of points: the product of the axes' sizes, 1 without axes. */
    public int points() {
        int points = 1;
        for (Axis axis : axes) {
            points *= axis.values().size();
        }
        return points;
    }

    /** The runs of the scenario: points × replications. */
    public long runs() {
        return (long) points() * replications;
    }

    /** For each axis, the index of the value that point {@code point} takes. */
    public int[] coordinates(int point) {
        int[] coordinates = new int[axes.size()];
        int rest = point;
        for (int a = axes.size() - 1; a >= 0; a--) {
            int size = axes.get(a).values().size();
            coordinates[a] = rest % size;
            rest /= size;
        }
        return coordinates;
    }

    /** The values of point {@code point}, one per axis. */
    public List<String> values(int point) {
        int[] coordinates = coordinates(point);
        List<String> values = new ArrayList<>(axes.size());
        for (int a = 0; a < axes.size(); a++) {
            values.add(axes.get(a).values().get(coordinates[a]));
        }
        return values;
    }
}
