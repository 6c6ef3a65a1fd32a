package io.mdecomp.analysis.recommend;

import java.util.List;

/**
 * Split a coarse service into groups found by clustering its own aggregate-contracted entity
 * subgraph.
 *
 * @param service   the service to split
 * @param groups    the proposed new services, each a name and its entities
 * @param cutWeight the entity-graph weight between the groups
 * @param newCalls  the calls between the groups the split creates ({@code A -> B})
 * @param detail    a sentence for people
 */
public record Split(String service, List<Group> groups, double cutWeight, List<String> newCalls, String detail)
        implements Recommendation {

    /** One proposed service of a split. */
    public record Group(String name, List<String> entities) {
        public Group {
            entities = List.copyOf(entities);
        }
    }

    public Split {
        groups = List.copyOf(groups);
        newCalls = List.copyOf(newCalls);
    }

    @Override
    public String kind() {
        return "split";
    }
}
