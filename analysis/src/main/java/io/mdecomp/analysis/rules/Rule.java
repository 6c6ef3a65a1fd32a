package io.mdecomp.analysis.rules;

import java.util.List;

/**
 * One rule of the catalogue. A rule reports {@link Violation}s; the engine turns them into
 * findings with the configured severity. Subjects must be deterministic: they are the finding's
 * identity in a baseline.
 */
interface Rule {

    RuleId id();

    /** The violations in {@code input}; {@code threshold} is the configured one (or the default). */
    List<Violation> check(RuleInput input, double threshold);
}
