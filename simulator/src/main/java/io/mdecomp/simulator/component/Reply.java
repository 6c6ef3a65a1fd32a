package io.mdecomp.simulator.component;

/** Receives the outcome of a call: {@code null} for success, otherwise the failure's cause. */
@FunctionalInterface
public interface Reply {

    /** A reply that ignores the outcome (fire-and-forget calls). */
    Reply IGNORE = cause -> { };

    void done(ErrorCause causeOrNull);
}
