package io.mdecomp.analysis.recommend;

/** A concrete change to the cut: split a service, merge it into a partner, or move an entity. */
public sealed interface Recommendation permits Split, Merge, Move {

    /** {@code split}, {@code merge} or {@code move}. */
    String kind();

    /** The service the recommendation is about. */
    String service();

    /** One sentence that names everything needed to act: groups, partner, weights, granularity. */
    String detail();
}
