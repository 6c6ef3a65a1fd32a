package io.mdecomp.analysis.placement;

import io.mdecomp.model.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Places each component with the service whose entities it uses most: the score of a service is
 * the sum of the component's {@code uses} weights over the entities the service owns. The highest
 * score wins; when two or more services share it the component is shared ({@link Placement.Reason#TIE}),
 * and a component that uses no owned entity is shared too ({@link Placement.Reason#NO_ENTITY}):
 * neither is guessed. O(Σ |uses|) plus sorting.
 */
public final class ComponentPlacer {

    private ComponentPlacer() {
    }

    /**
     * @param components the model's components
     * @param owner      entity → the service that owns it (e.g. a proposal's assignment)
     * @return one placement per component, in the order of {@code components}
     */
    public static List<Placement> place(List<Component> components, Map<String, String> owner) {
        List<Placement> placements = new ArrayList<>();
        for (Component component : components) {
            placements.add(place(component, owner));
        }
        return placements;
    }

    private static Placement place(Component component, Map<String, String> owner) {
        Map<String, Long> score = new TreeMap<>();
        component.uses().forEach((entity, weight) -> {
            String service = owner.get(entity);
            if (service != null) {
                score.merge(service, (long) weight, Long::sum);
            }
        });
        long best = score.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> top = score.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        if (top.isEmpty()) {
            return new Placement(component.name(), component.kind(), Optional.empty(), Placement.Reason.NO_ENTITY,
                    List.of());
        }
        if (top.size() > 1) {
            return new Placement(component.name(), component.kind(), Optional.empty(), Placement.Reason.TIE, top);
        }
        return new Placement(component.name(), component.kind(), Optional.of(top.get(0)), Placement.Reason.MOST_USE,
                List.of());
    }
}
