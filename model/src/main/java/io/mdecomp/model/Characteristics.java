package io.mdecomp.model;

import java.util.Optional;

/**
 * Service Cutter's compatibility characteristics of an entity; each is optional and an absent one
 * takes no part in scoring.
 */
public record Characteristics(
        Optional<StructuralVolatility> structuralVolatility,
        Optional<ContentVolatility> contentVolatility,
        Optional<Consistency> consistency,
        Optional<Availability> availability,
        Optional<Storage> storage,
        Optional<SecurityCriticality> security) {

    /** No characteristic given. */
    public static final Characteristics NONE = new Characteristics(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return this.equals(NONE);
    }
}
