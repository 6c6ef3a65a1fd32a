package io.mdecomp.importer.java.assemble;

import io.mdecomp.model.DomainModel;
import java.util.List;
import java.util.Objects;

/**
 * The assembled model and what the assembly had to decide.
 *
 * @param model   the model (not yet validated)
 * @param renamed types and views given another name than their own, with the reason
 * @param guesses decisions made without certainty (types written as strings, aggregates left open,
 *                HTTP methods inferred, routes made unique)
 */
public record Assembly(DomainModel model, List<String> renamed, List<String> guesses) {

    public Assembly {
        Objects.requireNonNull(model, "model");
        renamed = List.copyOf(renamed);
        guesses = List.copyOf(guesses);
    }
}
