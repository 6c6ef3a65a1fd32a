package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * The result of importing Service Cutter's files: the equivalent model, and every piece of the
 * input that has no exact equivalent in it, each located where it is written and coded
 * {@code unmapped} (a warning when information is lost, a note when it is kept in another form).
 *
 * @param model    the imported model
 * @param unmapped what could not be mapped one-to-one, sorted by location
 */
public record ServiceCutterImport(DomainModel model, List<Diagnostic> unmapped) {

    public ServiceCutterImport {
        Objects.requireNonNull(model, "model");
        unmapped = unmapped.stream().sorted(Diagnostic.ORDER).toList();
    }
}
