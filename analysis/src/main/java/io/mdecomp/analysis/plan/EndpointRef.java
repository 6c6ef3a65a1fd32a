package io.mdecomp.analysis.plan;

import java.util.Objects;

/** An endpoint by service and name. */
record EndpointRef(String service, String endpoint) {

    EndpointRef {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
