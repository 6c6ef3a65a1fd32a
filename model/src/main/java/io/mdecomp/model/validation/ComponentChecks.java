package io.mdecomp.model.validation;

import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The component rules of {@link ModelValidator}: a name is unique among the components of its
 * kind; every entity a component uses, the service it is deployed in and the class components it
 * links to exist, and a component does not link to itself.
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
        List<String> classes = checks.model.components().stream().filter(c -> c.kind() == ComponentKind.CLASS)
                .map(Component::name).sorted().toList();
        java.util.Set<String> classSet = new java.util.HashSet<>(classes);
        for (Component component : checks.model.components()) {
            String subject = "component '" + component.name() + "'";
            int index = 0;
            for (String link : component.links()) {
                if (!classSet.contains(link)) {
                    checks.unknown(checks.locator.locate(component.location(), "links", index), subject + " links to",
                            "class component", link, classes);
                } else if (component.kind() == ComponentKind.CLASS && link.equals(component.name())) {
                    checks.error(checks.locator.locate(component.location(), "links", index), "ref",
                            subject + " links to itself; leave it out of its own links");
                }
                index++;
            }
            checks.entityRefs(component.location(), "uses", subject + " uses", new ArrayList<>(component.uses().keySet()));
            component.service().filter(s -> !checks.services.containsKey(s)).ifPresent(s -> checks.unknown(
                    checks.locator.locate(component.location(), "service"), subject + " is deployed in", "service", s,
                    List.copyOf(checks.services.keySet())));
        }
    }
}
