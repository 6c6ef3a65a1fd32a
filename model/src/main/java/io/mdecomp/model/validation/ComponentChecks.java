package io.mdecomp.model.validation;

import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The component rules of {@link ModelValidator}: a name is unique among the components of its
 * kind; every entity a component uses and the service it is deployed in exist.
 */
final class ComponentChecks {

    private final ModelValidator.Checks checks;

    ComponentChecks(ModelValidator.Checks checks) {
        this.checks = checks;
    }

    void run() {
        for (ComponentKind kind : ComponentKind.values()) {
            checks.unique(kind.yamlName() + " component", checks.model.components().stream()
                    .filter(c -> c.kind() == kind)
                    .map(c -> new ModelValidator.Checks.Named(c.name(), c.location())).toList());
        }
        for (Component component : checks.model.components()) {
            String subject = "component '" + component.name() + "'";
            checks.entityRefs(component.location(), "uses", subject + " uses", new ArrayList<>(component.uses().keySet()));
            component.service().filter(s -> !checks.services.containsKey(s)).ifPresent(s -> checks.unknown(
                    checks.locator.locate(component.location(), "service"), subject + " is deployed in", "service", s,
                    List.copyOf(checks.services.keySet())));
        }
    }
}
