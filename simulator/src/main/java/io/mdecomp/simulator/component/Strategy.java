package io.mdecomp.simulator.component;

import java.util.Locale;

/** How a caller picks an instance of a callee. */
public enum Strategy {
    ROUND_ROBIN,
    RANDOM,
    WEIGHTED,
    LEAST_CONNECTIONS,
    IP_HASH,
    POWER_OF_TWO_CHOICES;

    /** The YAML name: {@code least-connections}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Strategy fromLabel(String label) {
        for (Strategy s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown load-balancing strategy '" + label + "'");
    }
}
