package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.rules.Finding;
import java.util.Objects;

/**
 * A finding a plan could act on but leaves open, and why: the best step it tried for it and what
 * that step would have done wrong.
 *
 * @param finding the finding, as it stands after the plan
 * @param reason  one sentence
 */
public record OpenFinding(Finding finding, String reason) {

    public OpenFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(reason, "reason");
    }
}
