package io.mdecomp.analysis;

import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.graph.Ownership;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.ModelIndex;
import java.util.Objects;

/**
 * What the metrics, rules and recommendations of one analysis share: the model and its index,
 * the settings, the current cut and both graphs.
 */
public record AnalysisContext(DomainModel model, AnalysisSettings settings, EntityGraph entityGraph,
                              ServiceGraph serviceGraph, ModelIndex index) {

    public AnalysisContext {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(entityGraph, "entityGraph");
        Objects.requireNonNull(serviceGraph, "serviceGraph");
        Objects.requireNonNull(index, "index");
    }

    public AnalysisContext(DomainModel model, AnalysisSettings settings, EntityGraph entityGraph,
                           ServiceGraph serviceGraph) {
        this(model, settings, entityGraph, serviceGraph, ModelIndex.of(model));
    }

    /** The current cut. */
    public Ownership ownership() {
        return entityGraph.ownership();
    }
}
