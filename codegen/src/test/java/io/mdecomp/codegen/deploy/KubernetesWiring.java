package io.mdecomp.codegen.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mdecomp.codegen.deploy.Wiring.Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks how the Kubernetes objects of a generation reach one another: every Service selects the
 * pods of exactly one workload (Deployment or StatefulSet) and forwards to a port a container of
 * it declares; every workload's selector matches its pod labels, its probes and {@code PORT} use a
 * declared container port, and a Service selects it (a StatefulSet's {@code serviceName} names
 * one); every URL a container is configured with names a Service by the port it serves, and every
 * Kafka bootstrap address is a Service port whose pods advertise that address.
 */
final class KubernetesWiring {

    private KubernetesWiring() {
    }

    /** The problems found in {@code documents} (all objects of one generation), one sentence each. */
    static List<String> problems(List<JsonNode> documents) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> services = new TreeMap<>();
        Map<String, JsonNode> workloads = new TreeMap<>();
        for (JsonNode document : documents) {
            String kind = document.path("kind").asText();
            String name = document.path("metadata").path("name").asText();
            if (kind.equals("Service")) {
                services.put(name, document);
            } else if (kind.equals("Deployment") || kind.equals("StatefulSet")) {
                workloads.put(name, document);
            }
        }
        Map<String, String> selectedBy = new TreeMap<>();
        services.forEach((name, service) -> {
            List<String> selected = workloads.entrySet().stream()
                    .filter(w -> matches(service.path("spec").path("selector"), podLabels(w.getValue())))
                    .map(Map.Entry::getKey).toList();
            if (selected.size() != 1) {
                problems.add("Service " + name + " selects " + selected.size() + " workloads " + selected + ", not one");
                return;
            }
            selectedBy.put(selected.get(0), name);
            Set<Integer> declared = containerPorts(workloads.get(selected.get(0)));
            for (JsonNode port : service.path("spec").path("ports")) {
                int target = port.path("targetPort").asInt(port.path("port").asInt());
                if (!declared.contains(target)) {
                    problems.add("Service " + name + " forwards to port " + target + ", which " + selected.get(0)
                            + " does not declare " + declared);
                }
            }
        });
        workloads.forEach((name, workload) -> {
            checkWorkload(name, workload, selectedBy, services, problems);
            for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                Map<String, String> env = environment(container);
                for (Map.Entry<String, String> variable : env.entrySet()) {
                    for (Address address : Wiring.addresses(name, variable.getKey(), variable.getValue(), problems)) {
                        checkAddress(name, variable.getKey(), address, services, workloads, problems);
                    }
                }
            }
        });
        return problems;
    }

    private static void checkWorkload(String name, JsonNode workload, Map<String, String> selectedBy,
                                      Map<String, JsonNode> services, List<String> problems) {
        JsonNode spec = workload.path("spec");
        if (!matches(spec.path("selector").path("matchLabels"), podLabels(workload))) {
            problems.add(name + ": its selector does not match its pod labels");
        }
        if (!selectedBy.containsKey(name)) {
            problems.add(name + ": no Service selects its pods");
        }
        if (workload.path("kind").asText().equals("StatefulSet") && !services.containsKey(spec.path("serviceName").asText())) {
            problems.add(name + ": serviceName '" + spec.path("serviceName").asText() + "' is not a Service");
        }
        Set<Integer> declared = containerPorts(workload);
        for (JsonNode container : spec.path("template").path("spec").path("containers")) {
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                JsonNode check = container.path(probe);
                JsonNode port = check.path("httpGet").path("port").isMissingNode()
                        ? check.path("tcpSocket").path("port") : check.path("httpGet").path("port");
                if (!check.isMissingNode() && !declared.contains(port.asInt())) {
                    problems.add(name + ": its " + probe + " checks port " + port.asText() + ", not a declared one " + declared);
                }
            }
            String port = environment(container).get("PORT");
            if (port != null && !declared.contains(Integer.parseInt(port))) {
                problems.add(name + ": listens on PORT " + port + " but declares " + declared);
            }
        }
    }

    private static void checkAddress(String name, String variable, Address address, Map<String, JsonNode> services,
                                     Map<String, JsonNode> workloads, List<String> problems) {
        JsonNode service = services.get(address.host());
        if (service == null) {
            problems.add(name + ": " + variable + " names '" + address.host() + "', not a Service");
            return;
        }
        boolean served = false;
        for (JsonNode port : service.path("spec").path("ports")) {
            served |= port.path("port").asInt() == address.port();
        }
        if (!served) {
            problems.add(name + ": " + variable + " reaches Service " + address.host() + " on port " + address.port()
                    + ", which it does not serve");
        }
        if (Wiring.isBootstrap(variable)) {
            boolean advertised = workloads.values().stream()
                    .filter(w -> matches(service.path("spec").path("selector"), podLabels(w)))
                    .flatMap(w -> w.path("spec").path("template").path("spec").path("containers").findValues("env").stream())
                    .anyMatch(env -> Wiring.listeners(value(env, "KAFKA_ADVERTISED_LISTENERS")).stream()
                            .anyMatch(l -> l.endsWith(" " + address)));
            if (!advertised) {
                problems.add(name + ": " + variable + " is " + address + ", which the broker behind Service "
                        + address.host() + " does not advertise");
            }
        }
    }

    private static JsonNode podLabels(JsonNode workload) {
        return workload.path("spec").path("template").path("metadata").path("labels");
    }

    /** True when every label of {@code selector} (at least one) is in {@code labels}. */
    private static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.size() == 0) {
            return false;
        }
        List<String> missing = new ArrayList<>();
        selector.fields().forEachRemaining(e -> {
            if (!labels.path(e.getKey()).asText("\0").equals(e.getValue().asText())) {
                missing.add(e.getKey());
            }
        });
        return missing.isEmpty();
    }

    private static Set<Integer> containerPorts(JsonNode workload) {
        Set<Integer> ports = new TreeSet<>();
        for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode port : container.path("ports")) {
                ports.add(port.path("containerPort").asInt());
            }
        }
        return ports;
    }

    private static Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode variable : container.path("env")) {
            env.put(variable.path("name").asText(), variable.path("value").asText());
        }
        return env;
    }

    private static String value(JsonNode env, String name) {
        for (JsonNode variable : env) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        return "";
    }
}
