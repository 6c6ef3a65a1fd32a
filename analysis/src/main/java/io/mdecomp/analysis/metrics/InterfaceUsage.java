package io.mdecomp.analysis.metrics;

import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which endpoints each service's clients call: for SIUC and IFN.
 * An endpoint is an <em>interface</em> when another service calls it, or when nobody calls it and
 * it handles no subscription (so it can only be reached from outside, through the gateway).
 */
final class InterfaceUsage {

    /** callee → caller → endpoints of the callee it calls. */
    private final Map<String, Map<String, Set<String>>> used = new HashMap<>();
    private final Map<String, Set<String>> calledAtAll = new HashMap<>();
    private final Map<String, Set<String>> handlers = new HashMap<>();

    InterfaceUsage(DomainModel model) {
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                for (Call call : endpoint.calls()) {
                    calledAtAll.computeIfAbsent(call.service(), k -> new HashSet<>()).add(call.endpoint());
                    if (!call.service().equals(service.name())) {
                        used.computeIfAbsent(call.service(), k -> new TreeMap<>())
                                .computeIfAbsent(service.name(), k -> new HashSet<>()).add(call.endpoint());
                    }
                }
            }
            for (Subscription subscription : service.consumes()) {
                handlers.computeIfAbsent(service.name(), k -> new HashSet<>()).add(subscription.endpoint());
            }
        }
    }

    /**
     * SIUC = Σ over clients c of |endpoints c calls| / (|clients| × |endpoints|), in [0, 1];
     * 1 for a service without clients or endpoints (nothing is used incohesively).
     */
    double siuc(Service service) {
        Map<String, Set<String>> clients = used.getOrDefault(service.name(), Map.of());
        int endpoints = service.endpoints().size();
        if (clients.isEmpty() || endpoints == 0) {
            return 1.0;
        }
        double sum = 0;
        for (Set<String> endpointsUsed : clients.values()) {
            sum += endpointsUsed.size();
        }
        return Math.min(1.0, sum / ((double) clients.size() * endpoints));
    }

    /** The number of {@code service}'s endpoints that are interfaces (see the class comment). */
    int interfaces(Service service) {
        Set<String> external = new HashSet<>();
        used.getOrDefault(service.name(), Map.of()).values().forEach(external::addAll);
        Set<String> called = calledAtAll.getOrDefault(service.name(), Set.of());
        Set<String> handling = handlers.getOrDefault(service.name(), Set.of());
        int count = 0;
        for (Endpoint endpoint : service.endpoints()) {
            String name = endpoint.name();
            if (external.contains(name) || (!called.contains(name) && !handling.contains(name))) {
                count++;
            }
        }
        return count;
    }
}
