package io.mdecomp.cli;

/** The exit codes of SPEC §2. */
public final class ExitCode {

    /** Success, or a check that passed. */
    public static final int OK = 0;
    /**
     * A check failed: findings at or above {@code --fail-on}, or an SLO violated; or a generation
     * left files with conflict markers.
     */
    public static final int CHECK_FAILED = 1;
    /** Bad usage or bad input. */
    public static final int BAD_INPUT = 2;
    /** An internal error. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
