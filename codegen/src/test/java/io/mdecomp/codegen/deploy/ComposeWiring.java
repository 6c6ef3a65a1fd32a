package io.mdecomp.codegen.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mdecomp.codegen.deploy.Wiring.Address;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks how the services of a Compose file reach one another: every URL a service is configured
 * with names a service of the file on the port that service listens on (its {@code PORT}, which its
 * published container port must be); every Kafka bootstrap address is a listener the broker
 * advertises and listens on; {@code depends_on} names services of the file, has no cycle, covers
 * every service called synchronously (except an edge left out because it would close a cycle) and
 * waits for the broker to be healthy, which needs a health check.
 */
final class ComposeWiring {

    private ComposeWiring() {
    }

    /** The problems found, one sentence each; empty when the wiring is sound. */
    static List<String> problems(JsonNode compose) {
        List<String> problems = new ArrayList<>();
        JsonNode services = compose.path("services");
        Map<String, JsonNode> byName = new TreeMap<>();
        services.fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
        Map<String, Set<String>> dependsOn = new TreeMap<>();
        byName.forEach((name, service) -> dependsOn.put(name, dependencies(service.path("depends_on"))));
        for (Map.Entry<String, JsonNode> entry : byName.entrySet()) {
            String name = entry.getKey();
            JsonNode service = entry.getValue();
            Map<String, String> env = environment(service);
            checkPublishedPorts(name, service, env, problems);
            for (String dependency : dependsOn.get(name)) {
                if (!byName.containsKey(dependency)) {
                    problems.add(name + ": depends_on names '" + dependency + "', not a service of the file");
                }
            }
            for (Map.Entry<String, String> variable : env.entrySet()) {
                for (Address address : Wiring.addresses(name, variable.getKey(), variable.getValue(), problems)) {
                    checkAddress(name, variable.getKey(), address, byName, dependsOn, problems);
                }
            }
        }
        if (hasCycle(dependsOn)) {
            problems.add("depends_on has a cycle, which Compose refuses");
        }
        return problems;
    }

    private static void checkAddress(String name, String variable, Address address, Map<String, JsonNode> byName,
                                     Map<String, Set<String>> dependsOn, List<String> problems) {
        JsonNode target = byName.get(address.host());
        if (target == null) {
            problems.add(name + ": " + variable + " names '" + address.host() + "', not a service of the file");
            return;
        }
        Map<String, String> targetEnv = environment(target);
        if (Wiring.isBootstrap(variable)) {
            String advertised = targetEnv.getOrDefault("KAFKA_ADVERTISED_LISTENERS", "");
            List<String> listeners = Wiring.listeners(targetEnv.getOrDefault("KAFKA_LISTENERS", ""));
            String listener = Wiring.listeners(advertised).stream().filter(l -> l.endsWith(" " + address))
                    .map(l -> l.substring(0, l.indexOf(' '))).findFirst().orElse(null);
            if (listener == null) {
                problems.add(name + ": " + variable + " is " + address + ", which '" + address.host()
                        + "' does not advertise (" + advertised + ")");
            } else if (listeners.stream().noneMatch(l -> l.startsWith(listener + " ") && l.endsWith(":" + address.port()))) {
                problems.add(name + ": '" + address.host() + "' advertises " + address + " but does not listen on port "
                        + address.port());
            }
            String condition = byName.get(name).path("depends_on").path(address.host()).path("condition").asText();
            if (!"service_healthy".equals(condition)) {
                problems.add(name + ": uses the broker '" + address.host() + "' without waiting for it to be healthy");
            } else if (target.path("healthcheck").isMissingNode()) {
                problems.add(address.host() + ": waited for as healthy, but has no healthcheck");
            }
            return;
        }
        String port = targetEnv.get("PORT");
        if (!String.valueOf(address.port()).equals(port)) {
            problems.add(name + ": " + variable + " reaches '" + address.host() + "' on port " + address.port()
                    + ", which listens on " + port);
        }
        if (Wiring.isClient(variable) && !address.host().equals(name) && !dependsOn.get(name).contains(address.host())
                && !reaches(dependsOn, address.host(), name)) {
            problems.add(name + ": calls '" + address.host() + "' but does not depend on it");
        }
    }

    /** A published port ({@code "8081"} or {@code "8081:8081"}) must be the port the service listens on. */
    private static void checkPublishedPorts(String name, JsonNode service, Map<String, String> env, List<String> problems) {
        for (JsonNode published : service.path("ports")) {
            String text = published.asText();
            String container = text.substring(text.lastIndexOf(':') + 1);
            if (env.containsKey("PORT") && !container.equals(env.get("PORT"))) {
                problems.add(name + ": publishes container port " + container + " but listens on " + env.get("PORT"));
            }
        }
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        } else {
            for (JsonNode item : node) {
                String text = item.asText();
                int eq = text.indexOf('=');
                env.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            }
        }
        return env;
    }

    /** The short ({@code - name}) and long ({@code name: {condition: ...}}) forms. */
    private static Set<String> dependencies(JsonNode dependsOn) {
        Set<String> names = new TreeSet<>();
        if (dependsOn.isObject()) {
            dependsOn.fieldNames().forEachRemaining(names::add);
        } else {
            dependsOn.forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
        Set<String> seen = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>(List.of(from));
        while (!stack.isEmpty()) {
            String at = stack.pop();
            if (at.equals(to)) {
                return true;
            }
            if (seen.add(at)) {
                stack.addAll(graph.getOrDefault(at, Set.of()));
            }
        }
        return false;
    }

    private static boolean hasCycle(Map<String, Set<String>> graph) {
        for (Map.Entry<String, Set<String>> entry : graph.entrySet()) {
            for (String next : entry.getValue()) {
                if (reaches(graph, next, entry.getKey())) {
                    return true;
                }
            }
        }
        return false;
    }
}
