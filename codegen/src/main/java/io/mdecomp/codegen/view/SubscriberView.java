package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * A service that consumes an event, as its publishers reach it.
 *
 * @param service    its name as written in the model
 * @param artifactId its artifact id (its host name in Docker Compose and Kubernetes)
 * @param port       its port
 */
public record SubscriberView(String service, String artifactId, int port) {

    public SubscriberView {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(artifactId, "artifactId");
    }

    /** Its base URL when every service runs on this machine ({@code http://localhost:8082}). */
    public String localUrl() {
        return "http://localhost:" + port;
    }

    /** Its base URL inside Docker Compose or Kubernetes ({@code http://inventory-service:8082}). */
    public String clusterUrl() {
        return "http://" + artifactId + ":" + port;
    }
}
