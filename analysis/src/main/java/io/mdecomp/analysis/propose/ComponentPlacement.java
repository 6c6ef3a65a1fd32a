package io.mdecomp.analysis.propose;

import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a component of the model (a class, table or view) goes in a proposal: with the proposed
 * service whose entities it uses most, by the summed weights of its uses. A component whose uses
 * tie between services is <em>shared</em>, one that uses no entity <em>unused</em>; neither is
 * guessed.
 *
 * @param component the component's name
 * @param kind      its kind
 * @param service   the proposed service it goes to; empty when shared or unused
 * @param placement how it was placed
 */
public record ComponentPlacement(String component, ComponentKind kind, Optional<String> service, Placement placement) {

    public ComponentPlacement {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(placement, "placement");
    }

    /** How a component was placed. */
    public enum Placement {
        /** With the one service whose entities it uses most. */
        PLACED,
        /** Its uses tie between two or more services. */
        SHARED,
        /** It uses no entity. */
        UNUSED
    }

    /** The placement of each component, in the model's order. O(components × uses). */
    static List<ComponentPlacement> of(List<Component> components, Map<String, String> assignment) {
        List<ComponentPlacement> result = new ArrayList<>();
        for (Component component : components) {
            Map<String, Long> weight = new TreeMap<>();
            component.uses().forEach((entity, w) -> {
                String service = assignment.get(entity);
                if (service != null) {
                    weight.merge(service, (long) w, Long::sum);
                }
            });
            long most = weight.values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<String> best = weight.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                    .toList();
            Placement placement = weight.isEmpty() ? Placement.UNUSED : best.size() > 1 ? Placement.SHARED
                    : Placement.PLACED;
            result.add(new ComponentPlacement(component.name(), component.kind(),
                    placement == Placement.PLACED ? Optional.of(best.get(0)) : Optional.empty(), placement));
        }
        return result;
    }

    /** {@code component} deployed where this placement puts it. */
    Component applyTo(Component component) {
        return new Component(component.name(), component.kind(), component.uses(), service, component.location());
    }
}
