package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated decomposition (format version 1): domains with their contexts and entities, the
 * services of the current cut, coarse dependencies and use cases. Every reference in it resolves;
 * {@link ModelIndex} gives fast look-ups.
 *
 * @param system       the system's name
 * @param version      the format version (1)
 * @param domains      in declaration order
 * @param services     in declaration order
 * @param dependencies coarse dependencies
 * @param useCases     use cases
 * @param components   the classes, tables and views of the code base with the entities they use
 *                     (written by {@code import java}; empty for hand-written models)
 * @param location     the start of the document
 */
public record DomainModel(
        String system,
        int version,
        List<Domain> domains,
        List<Service> services,
        List<Dependency> dependencies,
        List<UseCase> useCases,
        List<Component> components,
        SourceLocation location) {

    /** The only format version this release reads. */
    public static final int FORMAT_VERSION = 1;

    public DomainModel {
        Objects.requireNonNull(system, "system");
        domains = List.copyOf(domains);
        services = List.copyOf(services);
        dependencies = List.copyOf(dependencies);
        useCases = List.copyOf(useCases);
        components = List.copyOf(components);
        Objects.requireNonNull(location, "location");
    }

    /** A model without components. */
    public DomainModel(String system, int version, List<Domain> domains, List<Service> services,
                       List<Dependency> dependencies, List<UseCase> useCases, SourceLocation location) {
        this(system, version, domains, services, dependencies, useCases, List.of(), location);
    }

    /** Every bounded context, in declaration order. */
    public Stream<BoundedContext> contexts() {
        return domains.stream().flatMap(d -> d.contexts().stream());
    }

    /** Every entity, in declaration order. */
    public Stream<Entity> entities() {
        return contexts().flatMap(c -> c.entities().stream());
    }

    /** The service with this name, if any (linear; use {@link ModelIndex} in loops). */
    public Optional<Service> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The entity with this name, if any (linear; use {@link ModelIndex} in loops). */
    public Optional<Entity> entity(String name) {
        return entities().filter(e -> e.name().equals(name)).findFirst();
    }
}
