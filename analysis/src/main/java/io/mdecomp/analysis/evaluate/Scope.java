package io.mdecomp.analysis.evaluate;

import io.mdecomp.model.ComponentKind;
import java.util.Optional;

/** Which components a score covers: those of one kind, or all of them. */
public enum Scope {
    CLASS(ComponentKind.CLASS),
    TABLE(ComponentKind.TABLE),
    VIEW(ComponentKind.VIEW),
    ALL(null);

    private final ComponentKind kind;

    Scope(ComponentKind kind) {
        this.kind = kind;
    }

    /** The kind this scope is limited to; empty for {@link #ALL}. */
    public Optional<ComponentKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** True when a component of {@code componentKind} counts in this scope. */
    public boolean covers(ComponentKind componentKind) {
        return kind == null || kind == componentKind;
    }

    /** {@code class}, {@code table}, {@code view} or {@code all}. */
    public String label() {
        return kind == null ? "all" : kind.yamlName();
    }
}
