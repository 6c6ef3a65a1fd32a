package io.mdecomp.simulator.component;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * An endpoint of a service, as calls and sagas name it. Ordered by service, then endpoint.
 *
 * @param service  the service's name
 * @param endpoint the endpoint's name within the service
 */
public record EndpointRef(String service, String endpoint) implements Comparable<EndpointRef> {

    private static final Comparator<EndpointRef> ORDER = Comparator.comparing(EndpointRef::service)
            .thenComparing(EndpointRef::endpoint);

    public EndpointRef {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * The endpoint {@code text} names as {@code Service.endpoint} (split at the first dot); empty
     * when either part is missing.
     */
    public static Optional<EndpointRef> parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new EndpointRef(text.substring(0, dot), text.substring(dot + 1)));
    }

    // Written out (as the generated ones would compute them) to spare a simulation's start-up the
    // method-handle bootstrap of the generated ones.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof EndpointRef that
                && service.equals(that.service) && endpoint.equals(that.endpoint);
    }

    @Override
    public int hashCode() {
        return 31 * service.hashCode() + endpoint.hashCode();
    }

    @Override
    public int compareTo(EndpointRef other) {
        return ORDER.compare(this, other);
    }

    /** {@code Service.endpoint}, as models and scenario files write it. */
    @Override
    public String toString() {
        return service + "." + endpoint;
    }
}
