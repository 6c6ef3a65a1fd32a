package io.mdecomp.model.validation;

import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Component;
import io.mdecomp.model.Domain;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;

/**
 * The name rules of {@link ModelValidator}: every declared name follows its {@link NameRule}
 * (code {@code name}), reported at the name itself. References are not checked here: a
 * reference to a name that is not allowed cannot resolve, and is reported as unknown.
 */
final class NameChecks {

    private final ModelValidator.Checks checks;

    NameChecks(ModelValidator.Checks checks) {
        this.checks = checks;
    }

    void run() {
        check(NameRule.LABEL, "system", checks.model.system(), checks.model.location(), "system");
        for (Domain domain : checks.model.domains()) {
            check(NameRule.LABEL, "domain", domain.name(), domain.location(), "name");
            for (BoundedContext context : domain.contexts()) {
                check(NameRule.LABEL, "bounded context", context.name(), context.location(), "name");
                context.entities().forEach(this::entity);
            }
        }
        checks.model.services().forEach(this::service);
        for (UseCase useCase : checks.model.useCases()) {
            check(NameRule.LABEL, "use case", useCase.name(), useCase.location(), "name");
        }
        for (Component component : checks.model.components()) {
            check(NameRule.LABEL, "component", component.name(), component.location(), "name");
        }
    }

    private void entity(Entity entity) {
        check(NameRule.IDENTIFIER, "entity", entity.name(), entity.location(), "name");
        for (int i = 0; i < entity.attributes().size(); i++) {
            check(NameRule.IDENTIFIER, "attribute", entity.attributes().get(i).name(),
                    checks.locator.locate(entity.location(), "attributes", i));
        }
        entity.securityZone().ifPresent(zone ->
                check(NameRule.LABEL, "security zone", zone, entity.location(), "securityZone"));
    }

    private void service(Service service) {
        check(NameRule.IDENTIFIER, "service", service.name(), service.location(), "name");
        service.team().ifPresent(team -> check(NameRule.LABEL, "team", team, service.location(), "team"));
        for (Endpoint endpoint : service.endpoints()) {
            check(NameRule.IDENTIFIER, "endpoint", endpoint.name(), endpoint.location(), "name");
            List<String> events = endpoint.publishes();
            for (int i = 0; i < events.size(); i++) {
                check(NameRule.EVENT, "event", events.get(i), checks.locator.locate(endpoint.location(), "publishes", i));
            }
        }
        for (Subscription subscription : service.consumes()) {
            check(NameRule.EVENT, "event", subscription.event(), subscription.location(), "event");
        }
    }

    private void check(NameRule rule, String kind, String name, SourceLocation owner, String key) {
        check(rule, kind, name, checks.locator.locate(owner, key));
    }

    private void check(NameRule rule, String kind, String name, SourceLocation at) {
        rule.problem(name).ifPresent(problem -> checks.error(at, "name", kind + " name '" + shown(name) + "' " + problem));
    }

    /** The name as messages show it: long names shortened. */
    private static String shown(String name) {
        return name.length() > 60 ? name.substring(0, 57) + "..." : name;
    }
}
