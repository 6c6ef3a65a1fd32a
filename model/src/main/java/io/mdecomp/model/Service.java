package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A service of the current decomposition.
 *
 * @param name       unique in the model
 * @param context    the bounded context it implements
 * @param team       the team that owns it
 * @param complexity judged business-logic complexity in [0, 1]
 * @param owns       the entities whose data it owns (the YAML default, every entity of its
 *                   context, is already filled in)
 * @param endpoints  its operations
 * @param consumes   the events it consumes
 * @param deployment instances, workers and queue
 * @param location   where it is declared
 */
public record Service(
        String name,
        String context,
        Optional<String> team,
        OptionalDouble complexity,
        List<String> owns,
        List<Endpoint> endpoints,
        List<Subscription> consumes,
        Deployment deployment,
        SourceLocation location) {

    public Service {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(complexity, "complexity");
        owns = List.copyOf(owns);
        endpoints = List.copyOf(endpoints);
        consumes = List.copyOf(consumes);
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(location, "location");
    }

    /** The endpoint with this name, if any. */
    public Optional<Endpoint> endpoint(String endpointName) {
        return endpoints.stream().filter(e -> e.name().equals(endpointName)).findFirst();
    }
}
