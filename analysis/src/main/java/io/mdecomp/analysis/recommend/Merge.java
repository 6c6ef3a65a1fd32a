package io.mdecomp.analysis.recommend;

import java.util.List;

/**
 * Merge a service into a partner.
 *
 * @param service            the service that goes away
 * @param into               the partner that takes its entities and endpoints
 * @param weight             the entity-graph weight between the two
 * @param mergedGranularity  the granularity the merged service has (never too coarse)
 * @param newCalls           the interactions the merge adds ({@code A.e -> B.getCargo})
 * @param detail             a sentence for people
 */
public record Merge(String service, String into, double weight, double mergedGranularity, List<String> newCalls,
                    String detail) implements Recommendation {

    public Merge {
        newCalls = List.copyOf(newCalls);
    }

    @Override
    public String kind() {
        return "merge";
    }
}
