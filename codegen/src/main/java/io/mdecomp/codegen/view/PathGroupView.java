package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * The endpoints of a service that share one path (an OpenAPI path item).
 *
 * @param path      the path
 * @param endpoints its endpoints, in model order
 */
public record PathGroupView(String path, List<EndpointView> endpoints) {

    public PathGroupView {
        Objects.requireNonNull(path, "path");
        endpoints = List.copyOf(endpoints);
    }
}
