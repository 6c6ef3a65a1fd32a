package io.mdecomp.importer.traces;

import io.mdecomp.model.DomainModel;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of importing traces: a valid model (new, or the {@code --into} model calibrated), the
 * workload for a scenario file when one was asked for, and the report of what was found.
 */
public record TraceImport(DomainModel model, Optional<ImportedWorkload> workload, TraceReport report) {

    public TraceImport {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(report, "report");
    }
}
