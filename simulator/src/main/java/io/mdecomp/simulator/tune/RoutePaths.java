package io.mdecomp.simulator.tune;

import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.simulator.scenario.SagaDefinition;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The services a route's requests wait on: the service of the route's endpoint (or of its saga's
 * steps) and every service it reaches by synchronous calls. Adding capacity anywhere else cannot
 * shorten the route's latency or prevent its failures.
 */
final class RoutePaths {

    private RoutePaths() {
    }

    static Set<String> services(DomainModel model, Scenario scenario, String route) {
        Set<String> services = new TreeSet<>();
        Deque<String[]> todo = new ArrayDeque<>();
        Optional<SagaDefinition> saga = scenario.sagas().stream().filter(s -> s.route().equals(route)).findFirst();
        if (saga.isPresent()) {
            saga.get().steps().forEach(step -> {
                todo.add(new String[] {step.call().service(), step.call().endpoint()});
                step.compensate().ifPresent(c -> todo.add(new String[] {c.service(), c.endpoint()}));
            });
        } else {
            for (Service service : model.services()) {
                Optional<Endpoint> match = service.endpoints().stream().filter(e -> e.route().equals(route)).findFirst();
                if (match.isPresent()) {
                    todo.add(new String[] {service.name(), match.get().name()});
                    break;
                }
            }
        }
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            String[] at = todo.pop();
            if (!seen.add(at[0] + "." + at[1])) {
                continue;
            }
            services.add(at[0]);
            model.service(at[0]).flatMap(s -> s.endpoints().stream().filter(e -> e.name().equals(at[1])).findFirst())
                    .ifPresent(endpoint -> {
                        for (Call call : endpoint.calls()) {
                            if (call.mode() == CallMode.SYNC) {
                                todo.add(new String[] {call.service(), call.endpoint()});
                            }
                        }
                    });
        }
        return services;
    }
}
