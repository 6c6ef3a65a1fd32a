package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * A typed client of one downstream service, with the resilience settings its calls run under.
 *
 * @param service     the callee's name as written in the model
 * @param className   {@code InventoryServiceClient}
 * @param fieldName   {@code inventoryServiceClient}
 * @param artifactId  the callee's artifact id (its host name in Docker Compose and Kubernetes)
 * @param port        the callee's port
 * @param urlProperty the Spring property with its base URL ({@code clients.inventory-service.url})
 * @param envVar      the environment variable with its base URL ({@code CLIENTS_INVENTORY_SERVICE_URL})
 * @param operations  the callee endpoints this service calls, sorted by name
 * @param resilience  timeout, retry and circuit-breaker settings
 */
public record ClientView(String service, String className, String fieldName, String artifactId, int port,
                         String urlProperty, String envVar, List<OperationView> operations,
                         ResilienceView resilience) {

    public ClientView {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(urlProperty, "urlProperty");
        Objects.requireNonNull(envVar, "envVar");
        operations = List.copyOf(operations);
        Objects.requireNonNull(resilience, "resilience");
    }

    /** The base URL when every service runs on this machine ({@code http://localhost:8082}). */
    public String localUrl() {
        return "http://localhost:" + port;
    }

    /** The base URL inside Docker Compose or Kubernetes ({@code http://inventory-service:8082}). */
    public String clusterUrl() {
        return "http://" + artifactId + ":" + port;
    }
}
