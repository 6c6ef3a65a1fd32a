package io.mdecomp.analysis.recommend;

import java.util.List;

/**
 * Split a service into groups of whole aggregates: along its bounded contexts and security zones
 * when it spans several, else along the clusters of its own aggregate-contracted entity subgraph.
 *
 * @param service   the service to split
 * @param groups    the services it becomes, each a name and its entities; the first keeps its name
 * @param cutWeight the entity-graph weight between the groups
 * @param newCalls  the interactions the split adds between the groups ({@code A.e -> B.getCargo})
 * @param detail    a sentence for people
 */
public record Split(String service, List<Group> groups, double cutWeight, List<String> newCalls, String detail)
        implements Recommendation {

    /** One service a split makes. */
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
