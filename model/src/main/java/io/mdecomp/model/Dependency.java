package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Objects;

/** A coarse service dependency, for models that do not describe endpoints. */
public record Dependency(String from, String to, Protocol protocol, SourceLocation location) {

    public Dependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(location, "location");
    }

    /** True for request/response protocols (http, grpc), where the caller waits. */
    public boolean isSync() {
        return protocol == Protocol.HTTP || protocol == Protocol.GRPC;
    }
}
