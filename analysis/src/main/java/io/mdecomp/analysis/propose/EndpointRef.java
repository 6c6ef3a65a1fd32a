package io.mdecomp.analysis.propose;

import java.util.Objects;

/** An endpoint named by its service: {@code Service.endpoint}. */
record EndpointRef(String service, String endpoint) implements Comparable<EndpointRef> {

    EndpointRef {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public int compareTo(EndpointRef other) {
        int c = service.compareTo(other.service);
        return c != 0 ? c : endpoint.compareTo(other.endpoint);
    }

    @Override
    public String toString() {
        return service + "." + endpoint;
    }
}
