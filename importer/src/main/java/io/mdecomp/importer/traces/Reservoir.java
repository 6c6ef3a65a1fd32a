package io.mdecomp.importer.traces;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A uniform sample of at most {@code capacity} values of a stream (Vitter's algorithm R) with the
 * exact count and sum of all values, so memory stays bounded however long the stream. Seeded:
 * the same stream gives the same sample.
 */
final class Reservoir {

    private final double[] values;
    private final SplittableRandom random;
    private long count;
    private double sum;

    Reservoir(int capacity, long seed) {
        this.values = new double[capacity];
        this.random = new SplittableRandom(seed);
    }

    void add(double value) {
        if (count < values.length) {
            values[(int) count] = value;
        } else {
            long slot = random.nextLong(count + 1);
            if (slot < values.length) {
                values[(int) slot] = value;
            }
        }
        count++;
        sum += value;
    }

    long count() {
        return count;
    }

    /** The exact mean of every value added; 0 when none was. */
    double mean() {
        return count == 0 ? 0 : sum / count;
    }

    /** The kept values, sorted ascending. */
    double[] sorted() {
        double[] kept = Arrays.copyOf(values, (int) Math.min(count, values.length));
        Arrays.sort(kept);
        return kept;
    }
}
