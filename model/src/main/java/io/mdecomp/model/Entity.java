package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity of a bounded context.
 *
 * @param name            unique in the model
 * @param context         the name of the bounded context that declares it
 * @param kind            aggregate root, entity or value object
 * @param aggregate       the root of the aggregate it belongs to, when it is not a root itself
 * @param attributes      in declaration order
 * @param references      names of other entities it refers to
 * @param characteristics Service Cutter's compatibility characteristics
 * @param securityZone    entities of different zones must not share a service
 * @param location        where the entity is declared
 */
public record Entity(
        String name,
        String context,
        EntityKind kind,
        Optional<String> aggregate,
        List<Attribute> attributes,
        List<String> references,
        Characteristics characteristics,
        Optional<String> securityZone,
        SourceLocation location) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(aggregate, "aggregate");
        attributes = List.copyOf(attributes);
        references = List.copyOf(references);
        Objects.requireNonNull(characteristics, "characteristics");
        Objects.requireNonNull(securityZone, "securityZone");
        Objects.requireNonNull(location, "location");
    }

    /**
     * The name of the aggregate this entity belongs to: its own name for a root, the declared
     * root for a member, its own name for a free-standing entity (an aggregate of one).
     */
    public String aggregateRoot() {
        return kind == EntityKind.AGGREGATE_ROOT ? name : aggregate.orElse(name);
    }
}
