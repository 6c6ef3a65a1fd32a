package io.mdecomp.analysis.propose;

import java.util.List;
import java.util.Objects;

/**
 * An aggregate the proposal puts in another service.
 *
 * @param aggregate the aggregate's root
 * @param entities  its entities, in declaration order
 * @param from      its current service ({@code (unowned)} when none owns it)
 * @param to        its proposed service
 */
public record AggregateMove(String aggregate, List<String> entities, String from, String to) {

    public AggregateMove {
        Objects.requireNonNull(aggregate, "aggregate");
        entities = List.copyOf(entities);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
