package io.mdecomp.model.yaml;

/**
 * Bounds that keep hostile or accidental input from exhausting memory or time. Every document
 * mdecomp reads passes through them; a document over a limit is refused with a located
 * {@code [limit]} diagnostic, never a hang.
 *
 * <ul>
 *   <li>{@code maxCodePoints}: the size of the document in Unicode code points
 *       ({@link #DEFAULT}: 32 Mi = 33,554,432, about four times a 200,000-entity model). Files are
 *       refused before they are read when their byte size alone proves them too large.</li>
 *   <li>{@code maxNestingDepth}: how deeply collections may nest ({@link #DEFAULT}: 50; a model
 *       needs about 10).</li>
 *   <li>{@code maxAliasesForCollections}: how many aliases ({@code *name}) may point at a mapping
 *       or list ({@link #DEFAULT}: 25), which bounds "billion laughs" alias bombs: the parser shares
 *       aliased nodes, and a reader walks at most 25 extra copies of any subtree.</li>
 *   <li>{@code maxErrors}: how many error diagnostics one file reports before the rest are
 *       summarised in one line ({@link #DEFAULT}: 100).</li>
 * </ul>
 *
 * @param maxCodePoints            document size limit, in code points, {@code >= 1}
 * @param maxNestingDepth          collection nesting limit, {@code >= 1}
 * @param maxAliasesForCollections limit on aliases to collections, {@code >= 0}
 * @param maxErrors                error diagnostics kept per file, {@code >= 1}
 */
public record YamlLimits(int maxCodePoints, int maxNestingDepth, int maxAliasesForCollections, int maxErrors) {

    /** The limits every command uses. */
    public static final YamlLimits DEFAULT = new YamlLimits(32 * 1024 * 1024, 50, 25, 100);

    public YamlLimits {
        if (maxCodePoints < 1 || maxNestingDepth < 1 || maxAliasesForCollections < 0 || maxErrors < 1) {
            throw new IllegalArgumentException("invalid YAML limits: " + maxCodePoints + "/" + maxNestingDepth
                    + "/" + maxAliasesForCollections + "/" + maxErrors);
        }
    }

    /** These limits with another size limit (tests use small ones). */
    public YamlLimits withMaxCodePoints(int codePoints) {
        return new YamlLimits(codePoints, maxNestingDepth, maxAliasesForCollections, maxErrors);
    }
}
