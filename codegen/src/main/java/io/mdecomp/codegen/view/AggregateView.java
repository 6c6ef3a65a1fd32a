package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * An aggregate a service declares, for the architecture test: its entities other than the root
 * (its internals) may be used only by the aggregate's own records.
 *
 * @param root      the root's record ({@code Order})
 * @param members   the records of the aggregate besides the root, value objects included ({@code OrderItem})
 * @param internals the members that are entities, which nothing outside the aggregate may use
 */
public record AggregateView(String root, List<String> members, List<String> internals) {

    public AggregateView {
        Objects.requireNonNull(root, "root");
        members = List.copyOf(members);
        internals = List.copyOf(internals);
    }
}
