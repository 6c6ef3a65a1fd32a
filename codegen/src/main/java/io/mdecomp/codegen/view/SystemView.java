package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * What a per-system template sees as {@code system}: the whole decomposition, ready to print.
 *
 * @param name        the system's name as written in the model
 * @param artifactId  the name as a Maven artifact id / folder name ({@code ecommerce})
 * @param groupId     the Maven group id of every generated project ({@code com.example.ecommerce})
 * @param basePackage the Java package every service package starts with ({@code com.example.ecommerce})
 * @param services    one view per service, in model order
 * @param events      every event published or consumed, sorted by name
 */
public record SystemView(String name, String artifactId, String groupId, String basePackage,
                         List<ServiceView> services, List<EventView> events) {

    public SystemView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(basePackage, "basePackage");
        services = List.copyOf(services);
        events = List.copyOf(events);
    }
}
