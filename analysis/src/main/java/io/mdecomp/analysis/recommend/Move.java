package io.mdecomp.analysis.recommend;

import java.util.List;

/**
 * Move aggregates (or the stray members of one) to another service.
 *
 * @param service  where they are now
 * @param entities the entities that move, in model order
 * @param to       where they go
 * @param share    the share of their entity-graph weight outside themselves that goes to {@code to}
 * @param newCalls the interactions the move adds ({@code A.e -> B.getCargo})
 * @param detail   a sentence for people
 */
public record Move(String service, List<String> entities, String to, double share, List<String> newCalls,
                   String detail) implements Recommendation {

    public Move {
        entities = List.copyOf(entities);
        newCalls = List.copyOf(newCalls);
    }

    @Override
    public String kind() {
        return "move";
    }
}
