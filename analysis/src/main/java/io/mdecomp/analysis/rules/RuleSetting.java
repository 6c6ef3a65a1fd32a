package io.mdecomp.analysis.rules;

import io.mdecomp.model.diagnostic.Severity;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one rule runs: on or off, at which severity, and with which threshold (for the rules that
 * have one: MD006 0.8, MD007 0.3, MD008 0.5, MD009 3, MD010 5, MD014 4).
 */
public record RuleSetting(boolean enabled, Severity severity, OptionalDouble threshold) {

    public RuleSetting {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** The default setting of {@code rule}. */
    public static RuleSetting defaultFor(RuleId rule) {
        switch (rule) {
            case MD006: return new RuleSetting(true, rule.defaultSeverity(), OptionalDouble.of(0.8));
            case MD007: return new RuleSetting(true, rule.defaultSeverity(), OptionalDouble.of(0.3));
            case MD008: return new RuleSetting(true, rule.defaultSeverity(), OptionalDouble.of(0.5));
            case MD009: return new RuleSetting(true, rule.defaultSeverity(), OptionalDouble.of(3));
            case MD010: return new RuleSetting(true, rule.defaultSeverity(), OptionalDouble.of(5));
            case MD014: return new RuleSetting(true, rule.defaultSeverity(), OptionalDouble.of(4));
            default: return new RuleSetting(true, rule.defaultSeverity(), OptionalDouble.empty());
        }
    }
}
