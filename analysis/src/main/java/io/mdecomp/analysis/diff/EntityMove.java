package io.mdecomp.analysis.diff;

import java.util.Objects;

/**
 * An entity owned by another service in the head than in the base. {@code from} or {@code to}
 * is {@link Assignment#UNOWNED} + the entity name when no service owns it on that side.
 */
public record EntityMove(String entity, String from, String to) {

    public EntityMove {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
