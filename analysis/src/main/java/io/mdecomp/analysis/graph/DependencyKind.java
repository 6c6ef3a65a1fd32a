package io.mdecomp.analysis.graph;

/** How one service depends on another (SPEC §3, derived service dependencies). */
public enum DependencyKind {
    /** An endpoint calls the other service and waits. */
    SYNC_CALL("sync"),
    /** An endpoint calls the other service without waiting. */
    ASYNC_CALL("async"),
    /** The other service publishes an event this one consumes (edge consumer → publisher). */
    EVENT("event"),
    /** A coarse {@code dependencies} entry. */
    DECLARED("declared"),
    /** An endpoint reads or writes an entity the other service owns. */
    DATA("data");

    private final String label;

    DependencyKind(String label) {
        this.label = label;
    }

    /** The word renderers print: {@code sync}, {@code async}, {@code event}, {@code declared}, {@code data}. */
    public String label() {
        return label;
    }
}
