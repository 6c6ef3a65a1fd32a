package io.mdecomp.analysis.check;

import io.mdecomp.analysis.rules.Finding;
import java.util.List;

/**
 * Findings measured against a baseline.
 *
 * @param newFindings findings the baseline does not accept, in {@link Finding#ORDER}
 * @param baselined   findings the baseline accepts, in {@link Finding#ORDER}
 * @param fixed       baseline entries no current finding matches: the problem is gone
 */
public record BaselineComparison(List<Finding> newFindings, List<Finding> baselined, List<BaselineEntry> fixed) {

    public BaselineComparison {
        newFindings = List.copyOf(newFindings);
        baselined = List.copyOf(baselined);
        fixed = List.copyOf(fixed);
    }
}
