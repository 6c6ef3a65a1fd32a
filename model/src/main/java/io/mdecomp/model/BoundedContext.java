package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A bounded context of a domain, with the entities it declares. */
public record BoundedContext(String name, String domain, List<Entity> entities, SourceLocation location) {

    public BoundedContext {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        entities = List.copyOf(entities);
        Objects.requireNonNull(location, "location");
    }
}
