package io.mdecomp.analysis.rules;

import io.mdecomp.model.diagnostic.Severity;

/** The rule catalogue (SPEC §4), with each rule's default severity and a one-line title. */
public enum RuleId {
    MD001(Severity.ERROR, "sync-cycle", "Cycle of synchronous calls between services"),
    MD002(Severity.WARNING, "dependency-cycle", "Dependency cycle between services"),
    MD003(Severity.ERROR, "multiple-writers", "Entity written by more than one service"),
    MD004(Severity.WARNING, "undeclared-read", "Service reads an entity it does not own without depending on its owner"),
    MD005(Severity.ERROR, "split-aggregate", "Aggregate split across services"),
    MD006(Severity.WARNING, "too-coarse", "Service granularity too coarse"),
    MD007(Severity.NOTE, "too-fine", "Service granularity too fine"),
    MD008(Severity.WARNING, "high-coupling", "Service coupling above threshold"),
    MD009(Severity.WARNING, "long-sync-chain", "Synchronous call chain longer than threshold"),
    MD010(Severity.WARNING, "sync-fan-out", "Synchronous fan-out above threshold"),
    MD011(Severity.WARNING, "multi-context-service", "Service owns entities of more than one bounded context"),
    MD012(Severity.WARNING, "unowned-entity", "Entity owned by no service"),
    MD013(Severity.NOTE, "orphan-event", "Event published and never consumed, or consumed and never published"),
    MD014(Severity.NOTE, "team-ownership", "Team owns too many services, or a service has no team"),
    MD015(Severity.ERROR, "security-zones-mixed", "Entities of different security zones in one service"),
    MD016(Severity.WARNING, "timeout-budget", "Callee timeout not below caller timeout along a sync chain");

    private final Severity defaultSeverity;
    private final String slug;
    private final String title;

    RuleId(Severity defaultSeverity, String slug, String title) {
        this.defaultSeverity = defaultSeverity;
        this.slug = slug;
        this.title = title;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** A short kebab-case name, e.g. {@code sync-cycle}. */
    public String slug() {
        return slug;
    }

    /** A one-line title. */
    public String title() {
        return title;
    }
}
