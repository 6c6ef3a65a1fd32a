package io.mdecomp.analysis.recommend;

/**
 * Merge a fine service into the partner it is most coupled to.
 *
 * @param service            the fine service
 * @param into               the partner
 * @param weight             the entity-graph weight between the two
 * @param mergedGranularity  the granularity the merged service would have (never too coarse)
 * @param detail             a sentence for people
 */
public record Merge(String service, String into, double weight, double mergedGranularity, String detail)
        implements Recommendation {

    @Override
    public String kind() {
        return "merge";
    }
}
