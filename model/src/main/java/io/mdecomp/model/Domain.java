package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A business domain (or subdomain) and its bounded contexts; {@code description} may be empty. */
public record Domain(String name, String description, List<BoundedContext> contexts, SourceLocation location) {

    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        contexts = List.copyOf(contexts);
        Objects.requireNonNull(location, "location");
    }
}
