package io.mdecomp.model.validation;

import io.mdecomp.model.Call;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.Suggestions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The service rules of {@link ModelValidator}: contexts, endpoints, calls, events, dependencies, use cases. */
final class ServiceChecks {

    private final ModelValidator.Checks checks;
    private final Set<String> published = new TreeSet<>();

    ServiceChecks(ModelValidator.Checks checks) {
        this.checks = checks;
        checks.model.services().forEach(s -> s.endpoints().forEach(e -> published.addAll(e.publishes())));
    }

    void run() {
        for (Service service : checks.model.services()) {
            service(service);
        }
        for (Dependency dependency : checks.model.dependencies()) {
            dependency(dependency);
        }
        for (UseCase useCase : checks.model.useCases()) {
            String subject = "use case '" + useCase.name() + "'";
            checks.entityRefs(useCase.location(), "reads", subject + " reads", useCase.reads());
            checks.entityRefs(useCase.location(), "writes", subject + " writes", useCase.writes());
        }
    }

    private void service(Service service) {
        String subject = "service '" + service.name() + "'";
        if (!service.context().isEmpty() && !checks.contexts.containsKey(service.context())) {
            checks.unknown(checks.locator.locate(service.location(), "context"), subject + " is in", "context",
                    service.context(), List.copyOf(checks.contexts.keySet()));
        }
        double complexity = service.complexity().orElse(0.5);
        if (!(complexity >= 0 && complexity <= 1)) {
            checks.error(checks.locator.locate(service.location(), "complexity"), "value", subject
                    + " has complexity " + complexity + "; it must lie in [0, 1]");
        }
        checks.entityRefs(service.location(), "owns", subject + " owns", service.owns());
        checks.unique("endpoint", service.endpoints().stream()
                .map(e -> new ModelValidator.Checks.Named(e.name(), e.location())).toList());
        Map<String, Endpoint> routes = new HashMap<>();
        for (Endpoint endpoint : service.endpoints()) {
            Endpoint previous = routes.putIfAbsent(endpoint.route(), endpoint);
            if (previous != null && !previous.name().equals(endpoint.name())) {
                checks.error(checks.locator.locate(endpoint.location(), "name"), "duplicate", "endpoints '"
                        + previous.name() + "' and '" + endpoint.name() + "' of " + subject + " both answer "
                        + endpoint.route());
            }
            endpoint(service, endpoint);
        }
        Set<String> subscriptions = new HashSet<>();
        for (Subscription subscription : service.consumes()) {
            subscription(service, subject, subscription, subscriptions);
        }
    }

    private void endpoint(Service service, Endpoint endpoint) {
        String subject = "endpoint '" + service.name() + "." + endpoint.name() + "'";
        checks.entityRefs(endpoint.location(), "reads", subject + " reads", endpoint.reads());
        checks.entityRefs(endpoint.location(), "writes", subject + " writes", endpoint.writes());
        for (Call call : endpoint.calls()) {
            Service callee = checks.services.get(call.service());
            String caller = "service '" + service.name() + "' calls";
            if (callee == null) {
                checks.unknown(checks.locator.locate(call.location(), "service"), caller, "service", call.service(),
                        List.copyOf(checks.services.keySet()));
            } else if (callee.endpoint(call.endpoint()).isEmpty()) {
                checks.unknown(checks.locator.locate(call.location(), "endpoint"), caller, "endpoint", call.target(),
                        callee.endpoints().stream().map(Endpoint::name).toList());
            }
        }
    }

    private void subscription(Service service, String subject, Subscription subscription, Set<String> seen) {
        if (!seen.add(subscription.event() + "\n" + subscription.endpoint())) {
            checks.error(subscription.location(), "duplicate", subject + " consumes event '" + subscription.event()
                    + "' with endpoint '" + subscription.endpoint() + "' twice");
        }
        if (service.endpoint(subscription.endpoint()).isEmpty()) {
            checks.unknown(checks.locator.locate(subscription.location(), "endpoint"), subject + " handles event '"
                    + subscription.event() + "' with", "endpoint", subscription.endpoint(),
                    service.endpoints().stream().map(Endpoint::name).toList());
        }
        if (!published.contains(subscription.event())) {
            Optional<String> typo = Suggestions.closest(subscription.event(), published);
            typo.ifPresent(t -> checks.error(checks.locator.locate(subscription.location(), "event"), "ref", subject
                    + " consumes event '" + subscription.event() + "', which no endpoint publishes; did you mean '"
                    + t + "'?"));
        }
    }

    private void dependency(Dependency dependency) {
        for (String end : List.of("from", "to")) {
            String name = end.equals("from") ? dependency.from() : dependency.to();
            if (!checks.services.containsKey(name)) {
                checks.unknown(checks.locator.locate(dependency.location(), end), "dependency " + end, "service", name,
                        List.copyOf(checks.services.keySet()));
            }
        }
        if (dependency.from().equals(dependency.to())) {
            checks.error(dependency.location(), "value", "dependency from '" + dependency.from()
                    + "' to itself; a service does not depend on itself");
        }
    }
}
