package io.mdecomp.analysis.graph;

/** The coupling criteria of the entity graph (SPEC §4, after Service Cutter), with their default priority. */
public enum Criterion {
    IDENTITY_AND_LIFECYCLE("identity-and-lifecycle", Kind.COHESION),
    SEMANTIC_PROXIMITY("semantic-proximity", Kind.COHESION),
    SHARED_OWNER("shared-owner", Kind.COHESION),
    LATENCY("latency", Kind.COHESION),
    /** Used by {@code propose} on models with components (not an edge of the entity graph). */
    CODE_COHESION("code-cohesion", Kind.COHESION),
    STRUCTURAL_VOLATILITY("structural-volatility", Kind.COMPATIBILITY),
    CONTENT_VOLATILITY("content-volatility", Kind.COMPATIBILITY),
    CONSISTENCY("consistency", Kind.COMPATIBILITY),
    AVAILABILITY("availability", Kind.COMPATIBILITY),
    STORAGE("storage", Kind.COMPATIBILITY),
    SECURITY_CRITICALITY("security-criticality", Kind.COMPATIBILITY),
    SECURITY_ZONE("security-zone", Kind.CONSTRAINT),
    PINNED_SERVICE("pinned-service", Kind.CONSTRAINT);

    /** Cohesion criteria pull entities together, compatibility ones push unlike entities apart. */
    public enum Kind { COHESION, COMPATIBILITY, CONSTRAINT }

    private final String key;
    private final Kind kind;

    Criterion(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The name used in configuration and explanations, e.g. {@code semantic-proximity}. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * M for cohesion and constraint criteria, XS for compatibility criteria; XL for code cohesion,
     * the most direct evidence a model imported from code has (docs/propose.md).
     */
    public Priority defaultPriority() {
        if (this == CODE_COHESION) {
            return Priority.XL;
        }
        return kind == Kind.COMPATIBILITY ? Priority.XS : Priority.M;
    }
}
