package io.mdecomp.importer.traces;

import java.util.Comparator;
import java.util.Objects;

/**
 * What identifies an endpoint in traces: its service, HTTP method and path (a route template, or
 * a path made from the operation name).
 *
 * @param service the service that answers
 * @param method  the HTTP method ({@code POST} for messages and RPCs)
 * @param path    the route or path, starting with {@code /}
 */
public record EndpointKey(String service, String method, String path) implements Comparable<EndpointKey> {

    private static final Comparator<EndpointKey> ORDER = Comparator.comparing(EndpointKey::service)
            .thenComparing(EndpointKey::path).thenComparing(EndpointKey::method);

    public EndpointKey {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    /** {@code POST /orders}: the gateway's name of this endpoint. */
    public String route() {
        return method + " " + path;
    }

    @Override
    public int compareTo(EndpointKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return service + " " + route();
    }
}
