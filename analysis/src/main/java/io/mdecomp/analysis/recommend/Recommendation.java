package io.mdecomp.analysis.recommend;

import java.util.List;

/**
 * A concrete change to the cut: split a service, merge it into a partner, or move an aggregate.
 * Each is one step of an analysis' plan, computed by applying it to the model.
 */
public sealed interface Recommendation permits Split, Merge, Move {

    /** {@code split}, {@code merge} or {@code move}. */
    String kind();

    /** The service the recommendation is about. */
    String service();

    /**
     * The interactions the change adds so that what moved stays reachable, one line each
     * ({@code A.e -> B.getCargo}); empty when it needs none.
     */
    List<String> newCalls();

    /** One sentence that names everything needed to act: groups, partner, weights, granularity, new calls. */
    String detail();
}
