package io.mdecomp.analysis.placement;

import io.mdecomp.model.ComponentKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one component goes.
 *
 * @param component the component's name
 * @param kind      class, table or view
 * @param service   the service it is placed with; empty when it is shared (see {@code reason})
 * @param reason    why: {@link Reason#MOST_USE}, {@link Reason#TIE} or {@link Reason#NO_ENTITY}
 * @param tied      for a tie, the services it uses equally most, sorted; empty otherwise
 */
public record Placement(String component, ComponentKind kind, Optional<String> service, Reason reason,
                        List<String> tied) {

    /** Why a component is placed where it is, or not placed. */
    public enum Reason {
        /** It uses the entities of this service more than those of any other. */
        MOST_USE,
        /** It uses the entities of two or more services equally most: shared, not guessed. */
        TIE,
        /** It uses no entity that a service owns: shared. */
        NO_ENTITY
    }

    public Placement {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(reason, "reason");
        tied = List.copyOf(tied);
        if (service.isPresent() != (reason == Reason.MOST_USE)) {
            throw new IllegalArgumentException("component " + component + ": a service exactly when placed by most use");
        }
        if (tied.isEmpty() == (reason == Reason.TIE)) {
            throw new IllegalArgumentException("component " + component + ": tied services exactly for a tie");
        }
    }

    /** True when the component is shared rather than placed. */
    public boolean isShared() {
        return service.isEmpty();
    }
}
