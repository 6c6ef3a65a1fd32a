package io.mdecomp.analysis.graph;

import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Endpoints that reach themselves through synchronous calls inside one service: an endpoint that
 * calls itself, or a loop of calls between endpoints of the same service. The service graph has
 * no edge from a service to itself, so these loops are invisible there; loops that leave the
 * service are cycles of the service graph as well.
 *
 * <p>The sync call graph over endpoints ({@code Service.endpoint}) is split into strongly connected
 * components; each component whose endpoints all belong to one service and that holds a loop (two
 * or more endpoints, or one that calls itself) gives one cycle: the first simple cycle through the
 * component's smallest endpoint name, with the probability that a request takes it (the product
 * of the calls' probabilities and cache-miss shares). O(endpoints + calls) plus the witness search.
 */
public final class EndpointCycles {

    private EndpointCycles() {
    }

    /**
     * A loop of sync calls inside one service.
     *
     * @param service     the service
     * @param endpoints   the endpoints in call order, the first repeated at the end ({@code [a, b, a]})
     * @param probability the chance that one request to the first endpoint goes round the loop once
     * @param location    where the first call of the loop is declared
     */
    public record Cycle(String service, List<String> endpoints, double probability, SourceLocation location) {
        public Cycle {
            endpoints = List.copyOf(endpoints);
        }

        /** The endpoints of the loop, each once, qualified: {@code OrderService.recalc}. */
        public List<String> qualified() {
            return endpoints.subList(0, endpoints.size() - 1).stream().map(e -> service + "." + e).toList();
        }
    }

    /** The loops of sync calls that stay inside one service, sorted by service and first endpoint. */
    public static List<Cycle> of(DomainModel model) {
        // vertices: the endpoints sorted by qualified name, each with its service and endpoint
        TreeMap<String, Endpoint> byName = new TreeMap<>();
        Map<String, String> serviceOf = new HashMap<>();
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                String name = service.name() + "." + endpoint.name();
                if (byName.putIfAbsent(name, endpoint) == null) {
                    serviceOf.put(name, service.name());
                }
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        Map<String, Integer> index = new HashMap<>();
        names.forEach(name -> index.put(name, index.size()));
        int n = names.size();
        int[][] successors = new int[n][];
        for (int v = 0; v < n; v++) {
            successors[v] = byName.get(names.get(v)).calls().stream().filter(Call::isSync)
                    .map(Call::target).filter(index::containsKey).mapToInt(index::get).distinct().sorted().toArray();
        }
        int[] component = StrongComponents.of(successors);
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int v = 0; v < n; v++) {
            members.computeIfAbsent(component[v], k -> new ArrayList<>()).add(v);
        }
        List<Cycle> cycles = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            String service = serviceOf.get(names.get(group.get(0)));
            boolean oneService = group.stream().allMatch(v -> serviceOf.get(names.get(v)).equals(service));
            int first = group.get(0);
            boolean loop = group.size() > 1 || Arrays.stream(successors[first]).anyMatch(w -> w == first);
            if (!oneService || !loop) {
                continue;
            }
            Map<String, List<String>> adjacency = new TreeMap<>();
            for (int v : group) {
                List<String> next = new ArrayList<>();
                for (int w : successors[v]) {
                    if (component[w] == component[v]) {
                        next.add(names.get(w));
                    }
                }
                adjacency.put(names.get(v), next);
            }
            List<String> witness = Cycles.of(adjacency, 1).cycles().get(0);
            cycles.add(cycle(service, witness, byName));
        }
        cycles.sort(Comparator.comparing(Cycle::service).thenComparing(c -> c.endpoints().get(0)));
        return List.copyOf(cycles);
    }

    private static Cycle cycle(String service, List<String> witness, Map<String, Endpoint> endpoints) {
        double probability = 1;
        SourceLocation location = null;
        for (int i = 0; i + 1 < witness.size(); i++) {
            String from = witness.get(i);
            String to = witness.get(i + 1);
            double step = 0;
            for (Call call : endpoints.get(from).calls()) {
                if (call.isSync() && call.target().equals(to)) {
                    step = Math.max(step, call.probability());
                    if (location == null) {
                        location = call.location();
                    }
                }
            }
            probability *= step * (1 - endpoints.get(from).cache().map(c -> c.hitRatio()).orElse(0.0));
        }
        List<String> local = witness.stream().map(name -> name.substring(service.length() + 1)).toList();
        return new Cycle(service, local, probability, location);
    }
}
