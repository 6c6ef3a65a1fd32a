package io.mdecomp.simulator.sweep;

import java.util.List;
import java.util.Objects;

/**
 * One swept parameter as reports show it: its path and its values as written (a mapping value
 * in flow style, {@code {maxAttempts: 3, wait: 50ms}}).
 */
public record Axis(String path, List<String> values) {

    public Axis {
        Objects.requireNonNull(path, "path");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an axis needs at least one value");
        }
    }
}
