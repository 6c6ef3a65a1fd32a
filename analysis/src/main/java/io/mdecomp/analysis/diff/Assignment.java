package io.mdecomp.analysis.diff;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import java.util.Map;
import java.util.TreeMap;

/** The entity → service assignment of a model's cut. */
public final class Assignment {

    /** The cluster name given to an entity no service owns: {@code (unowned) Entity}, a singleton. */
    public static final String UNOWNED = "(unowned) ";

    private Assignment() {
    }

    /**
     * Entity → owning service, sorted by entity. An entity owned by several services goes to the
     * first in declaration order; an unowned entity forms a cluster of its own named
     * {@link #UNOWNED} + its name.
     */
    public static Map<String, String> of(DomainModel model) {
        Map<String, String> owner = new TreeMap<>();
        for (Service service : model.services()) {
            for (String entity : service.owns()) {
                owner.putIfAbsent(entity, service.name());
            }
        }
        Map<String, String> result = new TreeMap<>();
        model.entities().forEach(e -> result.put(e.name(), owner.getOrDefault(e.name(), UNOWNED + e.name())));
        return result;
    }
}
