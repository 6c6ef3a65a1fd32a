package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A use case: the entities it reads and writes, and whether its latency matters. */
public record UseCase(String name, List<String> reads, List<String> writes, boolean latencyCritical,
                      SourceLocation location) {

    public UseCase {
        Objects.requireNonNull(name, "name");
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        Objects.requireNonNull(location, "location");
    }
}
