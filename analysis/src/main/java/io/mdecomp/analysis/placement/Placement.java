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
 * @param reason    why: by its uses, its links or its package, or why it is shared
 * @param tied      for a tie, the services it uses equally most, sorted; empty otherwise
 */
public record Placement(String component, ComponentKind kind, Optional<String> service, Reason reason,
                        List<String> tied) {

    /** Why a component is placed where it is, or not placed. */
    public enum Reason {
        /** It uses the entities of this service more than those of any other. */
        MOST_USE("uses"),
        /** It uses no owned entity; most of the placed classes it links to or that link to it are here. */
        LINKS("links"),
        /** It uses no owned entity and its links settle nothing; most placed classes of its package are here. */
        PACKAGE("package"),
        /** It uses the entities of two or more services equally most: shared, not guessed. */
        TIE("tie"),
        /** It uses no entity that a service owns, and neither its links nor its package place it: shared. */
        NO_ENTITY("no-entity");

        private final String word;

        Reason(String word) {
            this.word = word;
        }

        /** The word the components CSV writes for it. */
        public String word() {
            return word;
        }

        /** True when a component with this reason is placed with a service. */
        public boolean places() {
            return this == MOST_USE || this == LINKS || this == PACKAGE;
        }
    }

    public Placement {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(reason, "reason");
        tied = List.copyOf(tied);
        if (service.isPresent() != reason.places()) {
            throw new IllegalArgumentException("component " + component + ": a service exactly when placed");
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
