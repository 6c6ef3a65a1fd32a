package io.mdecomp.simulator.stats;

/**
 * The time average of a piecewise-constant level (queue length, busy workers): the integral of
 * the level over [start, t] divided by t − start. Observation starts at {@link #reset}, so a
 * warm-up can be excluded.
 */
public final class TimeWeighted {

    private double level;
    private double lastTime;
    private double start;
    private double area;
    private double max;

    /** Sets the level at {@code time} (not before the previous update). */
    public void update(double time, double newLevel) {
        area += level * (time - lastTime);
        lastTime = time;
        level = newLevel;
        if (newLevel > max) {
            max = newLevel;
        }
    }

    /** Adds {@code delta} to the level at {@code time}. */
    public void add(double time, double delta) {
        update(time, level + delta);
    }

    public double level() {
        return level;
    }

    /** Forgets the history before {@code time}; the current level stays. */
    public void reset(double time) {
        area = 0;
        lastTime = time;
        start = time;
        max = level;
    }

    /** The time average over [start, time]; the current level when no time has passed. */
    public double average(double time) {
        double total = area + level * (time - lastTime);
        double span = time - start;
        return span > 0 ? total / span : level;
    }

    /** The highest level seen since the start. */
    public double max() {
        return max;
    }
}
