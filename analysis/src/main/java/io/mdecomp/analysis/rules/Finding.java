package io.mdecomp.analysis.rules;

import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule violation: which rule, how severe, what is wrong, which names it is about, where in the
 * model, and what to do about it when there is a concrete recommendation.
 * Its identity in a baseline is {@link #key()}: rule id and subjects, never the location.
 */
public record Finding(RuleId rule, Severity severity, String message, List<String> subjects,
                      SourceLocation location, Optional<String> recommendation) {

    /** Most severe first, then by rule, then by subjects. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(f -> String.join("\u0000", f.subjects()));

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(recommendation, "recommendation");
    }

    /** This finding with {@code text} as its recommendation. */
    public Finding recommending(String text) {
        return new Finding(rule, severity, message, subjects, location, Optional.of(text));
    }

    /** The baseline identity: {@code MD003:Order,OrderService,BillingService}. */
    public String key() {
        return rule.name() + ":" + String.join(",", subjects);
    }
}
