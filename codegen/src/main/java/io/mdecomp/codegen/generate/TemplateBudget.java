package io.mdecomp.codegen.generate;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits a pack's templates run within, so that no template can run away: a template that
 * nests directives or macro calls deeper than {@code maxDepth} (unbounded recursion), writes more
 * than {@code maxOutputChars} into one file, or keeps the whole generation busy longer than
 * {@code maxTime} is stopped with a located {@code [template]} error. A template that exhausts the
 * memory (a string doubled without end) is stopped the same way.
 *
 * @param maxDepth       how deeply template elements (directives, macro calls, interpolations) may nest
 * @param maxOutputChars the most characters one rendering may produce
 * @param maxTime        the longest a whole generation may take
 */
public record TemplateBudget(int maxDepth, long maxOutputChars, Duration maxTime) {

    /** 400 nested elements, 16 Mi characters per file, one minute per generation. */
    public static final TemplateBudget DEFAULT = new TemplateBudget(400, 16L << 20, Duration.ofMinutes(1));

    public TemplateBudget {
        if (maxDepth < 1 || maxOutputChars < 1) {
            throw new IllegalArgumentException("template budget limits must be positive");
        }
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("template time budget must be positive");
        }
    }
}
