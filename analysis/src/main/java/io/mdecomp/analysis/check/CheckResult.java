package io.mdecomp.analysis.check;

import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The verdict of {@code mdecomp check}: the findings against the baseline, and which of the new
 * ones fail at {@code failOn}. Passed when no new finding is at or above it.
 *
 * @param findings   every current finding, in {@link Finding#ORDER}
 * @param comparison the findings against the baseline
 * @param failOn     the least severity that fails
 * @param failing    the new findings at or above {@code failOn}
 */
public record CheckResult(List<Finding> findings, BaselineComparison comparison, FailOn failOn, List<Finding> failing) {

    public CheckResult {
        findings = List.copyOf(findings);
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(failOn, "failOn");
        failing = List.copyOf(failing);
    }

    /** Checks {@code findings} against {@code baseline} with threshold {@code failOn}. */
    public static CheckResult of(List<Finding> findings, Baseline baseline, FailOn failOn) {
        BaselineComparison comparison = baseline.compare(findings);
        List<Finding> failing = comparison.newFindings().stream().filter(f -> failOn.fails(f.severity())).toList();
        return new CheckResult(findings.stream().sorted(Finding.ORDER).toList(), comparison, failOn, failing);
    }

    public boolean passed() {
        return failing.isEmpty();
    }

    /** How many current findings have {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
