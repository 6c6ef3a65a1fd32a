package io.mdecomp.analysis.recommend;

import java.util.List;

/**
 * Move an entity (with its aggregate) to the service most of its weight goes to.
 *
 * @param service  where it is now
 * @param entities the aggregate's entities, root first
 * @param to       where it should go
 * @param share    the share of its weight that goes to {@code to}
 * @param detail   a sentence for people
 */
public record Move(String service, List<String> entities, String to, double share, String detail)
        implements Recommendation {

    public Move {
        entities = List.copyOf(entities);
    }

    @Override
    public String kind() {
        return "move";
    }
}
