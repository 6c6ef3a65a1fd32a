package io.mdecomp.codegen.view;

import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.ModelIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The aggregates among a service's declared records. */
final class Aggregates {

    private Aggregates() {
    }

    /**
     * The aggregates whose root {@code entities} declares, in declaration order, each with the
     * declared records of its other members.
     */
    static List<AggregateView> of(ModelIndex index, List<EntityView> entities) {
        Map<String, String> classes = new LinkedHashMap<>();
        entities.forEach(e -> classes.put(e.name(), e.className()));
        List<AggregateView> aggregates = new ArrayList<>();
        for (EntityView root : entities) {
            if (!root.kind().equals(EntityKind.AGGREGATE_ROOT.yamlName())) {
                continue;
            }
            List<String> members = new ArrayList<>();
            List<String> internals = new ArrayList<>();
            for (EntityView candidate : entities) {
                Entity entity = index.entity(candidate.name()).orElse(null);
                if (entity == null || candidate == root || !entity.aggregate().filter(root.name()::equals).isPresent()) {
                    continue;
                }
                members.add(candidate.className());
                if (entity.kind() == EntityKind.ENTITY) {
                    internals.add(candidate.className());
                }
            }
            aggregates.add(new AggregateView(root.className(), members, internals));
        }
        return aggregates;
    }
}
