package io.mdecomp.analysis.check;

import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An accepted finding: its identity (rule and subjects) and, for people reading the file, the
 * message it had when it was accepted.
 *
 * @param rule     the rule
 * @param subjects the names the finding is about, in the finding's order
 * @param message  the finding's message when it was accepted (not part of the identity)
 * @param location where the entry is written in the baseline file ({@link SourceLocation#UNKNOWN} when built in code)
 */
public record BaselineEntry(RuleId rule, List<String> subjects, String message, SourceLocation location) {

    /** By rule, then by subjects. */
    public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::rule)
            .thenComparing(e -> String.join("\u0000", e.subjects()));

    public BaselineEntry {
        Objects.requireNonNull(rule, "rule");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /** The entry accepting {@code finding}. */
    public static BaselineEntry of(Finding finding) {
        return new BaselineEntry(finding.rule(), finding.subjects(), finding.message(), SourceLocation.UNKNOWN);
    }

    /** The identity shared with {@link Finding#key()}. */
    public String key() {
        return rule.name() + ":" + String.join(",", subjects);
    }
}
